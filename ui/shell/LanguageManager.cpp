#include "ui/shell/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace hd {
using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == "zh_CN"_L1)
        return u"简体中文"_s;
    return u"English"_s;
}

QString LanguageManager::preferred()
{
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    if (!available().contains(code))
        return false;
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    // English is the source language; its catalogue only holds the plural forms.
    m_app = new QTranslator(this);
    if (m_app->load(u":/i18n/harbordesk_"_s + code))
        QCoreApplication::installTranslator(m_app);
    if (code != "en"_L1) {
        m_qt = new QTranslator(this);
        if (m_qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    }
    QLocale::setDefault(QLocale(code == "en"_L1 ? u"en_US"_s : code));
    const bool changed = code != m_language;
    m_language = code;
    if (remember)
        QSettings().setValue(u"ui/language"_s, code);
    if (changed) {
        // Installing a translator already sends LanguageChange; going back to English removes one,
        // which sends it too. Models and non-widgets listen here.
        Q_EMIT languageChanged(code);
    }
    return true;
}

} // namespace hd
