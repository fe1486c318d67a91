#include "core/language/translation/Translator.h"

#include "core/language/translation/TranslationError.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace hd {
using namespace Qt::StringLiterals;

Translator::Translator()
    : m_lifetime(std::make_unique<QObject>())
{
}

Translator::~Translator() = default;

TranslationCallback Translator::guarded(QObject *context, TranslationCallback done)
{
    if (!context)
        return done;
    QPointer<QObject> guard(context);
    return [guard, done = std::move(done)](Result<TranslationResult> r) {
        if (guard)
            done(std::move(r));
    };
}

Result<TranslationResult>
Translator::translateBlocking(Translator &translator, const TranslationRequest &request, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Result<TranslationResult>> answer;
    {
        // The context dies with this scope, so a late answer after a timeout is dropped.
        QObject context;
        translator.translate(request, &context, [&answer, &loop](Result<TranslationResult> r) {
            answer.emplace(std::move(r));
            loop.quit();
        });
        if (!answer) {
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            timer.start(timeoutMs);
            loop.exec();
        }
    }
    if (!answer)
        return TranslationError::make(TranslationFailure::Timeout,
                                      translator.displayName(),
                                      u"no answer within %1 ms"_s.arg(timeoutMs));
    return std::move(*answer);
}

void Translator::deliverLater(QObject *context, TranslationCallback done, Result<TranslationResult> result)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    auto call = [hasContext, guard, done = std::move(done), result = std::move(result)]() mutable {
        if (hasContext && !guard)
            return;
        done(std::move(result));
    };
    if (context)
        QTimer::singleShot(0, context, std::move(call));
    else // the calling thread's event loop, like a reply's finished() would be
        QTimer::singleShot(0, std::move(call));
}

QUrl Translator::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = base.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

} // namespace hd
