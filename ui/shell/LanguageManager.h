#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace hd {

/// Switches the interface language at run time: installs the app's and Qt's own translators
/// (which sends QEvent::LanguageChange to every widget), sets the default QLocale for dates and
/// numbers, and remembers the choice in QSettings ("ui/language").
class LanguageManager final : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// "en" or "zh_CN".
    static QStringList available();
    /// The language's own name, for menus ("English", "简体中文").
    static QString nativeName(const QString &code);
    /// The saved choice, else the system language when we have it, else English.
    static QString preferred();

    /// Applies a language; returns false (and keeps the current one) when it is unknown.
    bool setLanguage(const QString &code, bool remember = true);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language = QStringLiteral("en");
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace hd
