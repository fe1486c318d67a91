#include "core/common/Log.h"

#include <QDir>
#include <QRegularExpression>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace hd::log {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
bool g_verbose = false;

std::shared_ptr<spdlog::logger> loggerFor(const char *area)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    if (g_sinks.empty()) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        g_sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>(area, g_sinks.begin(), g_sinks.end());
    logger->set_level(g_verbose ? spdlog::level::debug : spdlog::level::info);
    spdlog::register_logger(logger);
    return logger;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    switch (type) {
    case QtDebugMsg: write(Level::Debug, "qt", msg); break;
    case QtInfoMsg: write(Level::Info, "qt", msg); break;
    case QtWarningMsg: write(Level::Warn, "qt", msg); break;
    default: write(Level::Error, "qt", msg); break;
    }
}

} // namespace

void init(const QString &dir, bool verbose)
{
    {
        std::lock_guard lock(g_mutex);
        g_verbose = verbose;
        g_sinks.clear();
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        g_sinks.push_back(err);
        if (!dir.isEmpty() && QDir().mkpath(dir)) {
            const auto path = QDir(dir).filePath(QStringLiteral("harbordesk.log")).toStdString();
            try {
                g_sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 3));
            } catch (const spdlog::spdlog_ex &) {
                // The log file is a convenience; without it we still log to stderr.
            }
        }
        spdlog::drop_all();
    }
    qInstallMessageHandler(qtMessageHandler);
}

void write(Level level, const char *area, const QString &message)
{
    const auto logger = loggerFor(area);
    const std::string text = redact(message).toStdString();
    switch (level) {
    case Level::Debug: logger->debug(text); break;
    case Level::Info: logger->info(text); break;
    case Level::Warn: logger->warn(text); break;
    case Level::Error: logger->error(text); break;
    }
}

QString redact(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"));
    static const QRegularExpression phone(QStringLiteral(R"(\+?\d[\d\s().\-]{7,}\d)"));
    QString out = text;
    out.replace(email, QStringLiteral("<email>"));
    out.replace(phone, QStringLiteral("<number>"));
    return out;
}

} // namespace hd::log
