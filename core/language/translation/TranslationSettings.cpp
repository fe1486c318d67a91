#include "core/language/translation/TranslationSettings.h"

#include <QLocale>
#include <QSettings>

namespace hd {
using namespace Qt::StringLiterals;

TranslationSettings TranslationSettings::load(const QSettings &settings)
{
    TranslationSettings s;
    s.provider = TranslatorFactory::fromString(settings.value(u"translation/provider"_s).toString())
                     .value_or(TranslationProvider::Apertium);
    const QString url = settings.value(u"translation/url"_s).toString().trimmed();
    if (!url.isEmpty())
        s.baseUrl = QUrl(url);
    s.agentLanguage = settings.value(u"translation/agentLanguage"_s).toString().trimmed();
    s.enabled = settings.value(u"translation/enabled"_s, true).toBool();
    return s;
}

void TranslationSettings::save(QSettings &settings) const
{
    settings.setValue(u"translation/provider"_s, TranslatorFactory::toString(provider));
    settings.setValue(u"translation/url"_s, baseUrl.toString());
    settings.setValue(u"translation/agentLanguage"_s, agentLanguage);
    settings.setValue(u"translation/enabled"_s, enabled);
}

QString TranslationSettings::effectiveAgentLanguage() const
{
    if (!agentLanguage.isEmpty())
        return agentLanguage;
    const QStringList ui = QLocale::system().uiLanguages();
    QString name = ui.isEmpty() ? QLocale::system().name() : ui.constFirst();
    name.replace(u'_', u'-');
    const QString primary = name.section(u'-', 0, 0).toLower();
    return primary.isEmpty() || primary == "c"_L1 ? u"en"_s : primary;
}

QUrl TranslationSettings::effectiveBaseUrl() const
{
    if (!baseUrl.isEmpty())
        return baseUrl;
    if (provider == TranslationProvider::Apertium) {
        const QString env = qEnvironmentVariable("HARBORDESK_APY_URL");
        if (!env.isEmpty())
            return QUrl(env);
    }
    return TranslatorFactory::defaultBaseUrl(provider);
}

} // namespace hd
