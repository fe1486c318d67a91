#include "app/cli/CliContext.h"

#include "app/cli/Command.h"
#include "core/storage/WorkspaceLocation.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

// While the workspace opens, the storage layer logs its own account of a failure (driver text over
// several lines, Qt warnings). The CLI reports the failure itself, in one line, so without
// --verbose those lines go to the log file only: stderr is pointed at /dev/null meanwhile.
class QuietStderr final
{
public:
    explicit QuietStderr(bool active)
    {
#ifdef Q_OS_UNIX
        if (!active)
            return;
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && devNull >= 0)
            ::dup2(devNull, STDERR_FILENO);
        if (devNull >= 0)
            ::close(devNull);
#else
        Q_UNUSED(active);
#endif
    }
    ~QuietStderr()
    {
#ifdef Q_OS_UNIX
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
#endif
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err, const Clock &clock, QString workspaceLocation, bool verbose)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_location(std::move(workspaceLocation))
    , m_verbose(verbose)
{
}

CliContext::~CliContext() = default;

QString CliContext::workspaceDisplayName() const
{
    const auto loc = WorkspaceLocation::parse(m_location);
    return loc ? loc->displayName() : m_location;
}

Workspace *CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    Result<std::unique_ptr<Workspace>> ws = Error::make(Error::Code::Internal, QString());
    {
        const QuietStderr quiet(!m_verbose);
        ws = Workspace::open(m_location, m_clock);
    }
    if (!ws) {
        // Database::open already says "Cannot open the workspace X: why"; other failures get that prefix.
        QString message = ws.error().message.simplified();
        if (message.startsWith("Cannot open the workspace"_L1))
            message[0] = message.at(0).toLower();
        else
            message = u"cannot open the workspace %1: %2"_s.arg(workspaceDisplayName(), message);
        if (m_verbose && !ws.error().detail.isEmpty() && !message.contains(ws.error().detail.simplified()))
            message += u" ("_s + ws.error().detail.simplified() + u')';
        fail(message, ExitRuntime);
        return nullptr;
    }
    m_workspace = std::move(ws).value();
    return m_workspace.get();
}

int CliContext::fail(const QString &message, int code)
{
    m_out.flush();
    m_err << "harbordesk-cli: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return code;
}

void CliContext::note(const QString &message)
{
    if (m_verbose)
        m_err << message << Qt::endl;
}

std::optional<qint64>
CliContext::positiveOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0 || v > max) {
        fail(u"--%1 expects a whole number from 1 to %2, got '%3'"_s.arg(name).arg(max).arg(text), ExitUsage);
        return std::nullopt;
    }
    return v;
}

} // namespace hd::cli
