#include "ui/shell/Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

#include <utility>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

const char kStyleSheet[] = R"(
QMainWindow, QSplitter, #sidePanel, #threadContent { background: #FFFFFF; }
QSplitter::handle { background: #E5E7EB; }
QSplitter::handle:horizontal { width: 1px; }
QSplitter::handle:vertical { height: 1px; }

QToolBar#mainToolBar { background: #FFFFFF; border: none; border-bottom: 1px solid #E5E7EB; padding: 6px 10px; spacing: 10px; }
#appTitle { font-weight: 600; font-size: 11.5pt; color: #111827; padding-right: 14px; }
QLineEdit#searchField { border: 1px solid #D1D5DB; border-radius: 8px; padding: 5px 10px; background: #F9FAFB; min-height: 20px; }
QLineEdit#searchField:focus { border: 1px solid #2563EB; background: #FFFFFF; }
#agentLabel { color: #4B5563; padding: 0 6px; }

#navigationPane, #navigationList { background: #F7F8FA; border: none; }

#inboxHeader { background: #FFFFFF; border-bottom: 1px solid #ECEEF1; }
#inboxTitle { font-size: 13pt; font-weight: 600; color: #111827; }
#inboxSubtitle, #searchTitle { color: #6B7280; }
#inboxEmptyLabel, #conversationPlaceholder { color: #9CA3AF; font-size: 10.5pt; }
QTreeView#conversationList, QListView#searchResultsList { background: #FFFFFF; border: none; outline: none; }
QHeaderView::section { background: #F9FAFB; color: #6B7280; border: none; border-bottom: 1px solid #E5E7EB; padding: 4px 6px; }

#conversationHeader { background: #FFFFFF; border-bottom: 1px solid #ECEEF1; }
#buyerNameLabel { font-size: 14pt; font-weight: 600; color: #111827; }
#channelLabel { color: #6B7280; }
#subjectLabel { color: #374151; font-size: 10.5pt; }
#statusLabel { border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel[caption="true"] { color: #6B7280; }
QToolButton#tagChip { background: #E0EAFF; color: #1D4ED8; border: none; border-radius: 10px; padding: 2px 8px; }
QToolButton#tagChip:hover { background: #C7D7FE; }
QLineEdit#tagEdit { border: 1px dashed #CBD5E1; border-radius: 10px; padding: 2px 8px; background: #FFFFFF; }
#conversationError { background: #FEF2F2; color: #B91C1C; padding: 8px 18px; border-bottom: 1px solid #FECACA; }

#threadContent { background: #F7F8FA; }
QScrollArea#threadView { background: #F7F8FA; }
#threadDaySeparator { color: #9CA3AF; font-size: 8.5pt; padding: 4px; }
QFrame#bubbleInbound { background: #FFFFFF; border: 1px solid #E5E7EB; border-radius: 12px; }
QFrame#bubbleOutbound { background: #E8F0FE; border: 1px solid #D2E0FC; border-radius: 12px; }
QFrame#bubbleNote { background: #FFF8DB; border: 1px solid #F5E3A3; border-radius: 12px; }
#bubbleMeta { color: #6B7280; font-size: 8.5pt; }
#bubbleSubject { font-weight: 600; color: #111827; }
#bubbleBody { color: #1F2937; }
#bubbleCaption { color: #6B7280; font-size: 8.5pt; padding-top: 4px; }
#bubbleTranslation { color: #374151; font-style: italic; }
#bubbleError { color: #B91C1C; }

#replyComposer { background: #FFFFFF; border-top: 1px solid #E5E7EB; }
QPlainTextEdit#replyEditor { border: 1px solid #D1D5DB; border-radius: 8px; padding: 6px; background: #FFFFFF; }
QPlainTextEdit#replyEditor:focus { border: 1px solid #2563EB; }
QPlainTextEdit#replyEditor[note="true"] { background: #FFFBEB; border: 1px solid #F5D67B; }
#replyHint { color: #9CA3AF; font-size: 8.5pt; }
QPushButton[segment="true"] { border: 1px solid #D1D5DB; background: #FFFFFF; color: #374151; padding: 4px 14px; }
QPushButton#replyToggle { border-top-left-radius: 7px; border-bottom-left-radius: 7px; border-right: none; }
QPushButton#noteToggle { border-top-right-radius: 7px; border-bottom-right-radius: 7px; }
QPushButton[segment="true"]:checked { background: #EEF2FF; color: #1D4ED8; border-color: #A5B4FC; }
QPushButton#noteToggle:checked { background: #FEF3C7; color: #92400E; border-color: #F5D67B; }
QPushButton#sendButton { background: #2563eb; color: white; border: none; border-radius: 7px; padding: 6px 20px; font-weight: 600; }
QPushButton#sendButton:hover { background: #1d4ed8; }
QPushButton#sendButton:disabled { background: #BFD0F8; }
QPushButton#resolveButton, QPushButton#pendingButton, QPushButton#reopenButton, QPushButton#noResponseButton {
    background: #FFFFFF; border: 1px solid #D1D5DB; border-radius: 7px; padding: 5px 12px; color: #374151; }
QPushButton#resolveButton { color: #15803D; border-color: #A7D8B5; }
QPushButton#resolveButton:hover, QPushButton#pendingButton:hover, QPushButton#reopenButton:hover,
QPushButton#noResponseButton:hover { background: #F3F4F6; }

QScrollArea#sideScroll, #sidePanel { background: #FFFFFF; border-left: none; }
#panelSectionTitle { color: #6B7280; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.5px; }
#customerNameLabel { font-size: 11.5pt; font-weight: 600; color: #111827; }
#orderPanel { background: #F9FAFB; border: 1px solid #E5E7EB; border-radius: 10px; }
#noOrderLabel, #noOthersLabel { color: #9CA3AF; }
QListWidget#otherConversationsList { background: transparent; }
QListWidget#otherConversationsList::item { padding: 6px 4px; border-bottom: 1px solid #F0F1F3; color: #374151; }
QListWidget#otherConversationsList::item:hover { background: #F5F7FA; }

QScrollBar:vertical { background: transparent; width: 10px; margin: 0; }
QScrollBar::handle:vertical { background: #D1D5DB; border-radius: 4px; min-height: 32px; margin: 2px; }
QScrollBar::handle:vertical:hover { background: #9CA3AF; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }

QStatusBar { background: #F9FAFB; border-top: 1px solid #E5E7EB; color: #4B5563; }
QStatusBar QLabel { color: #4B5563; padding: 0 8px; }
)";

// Dark counterparts of the light sheet's colours. Colours written in lower case in the sheet (the send
// button's accent) are the same in both themes and are not looked up here.
const std::pair<const char *, const char *> kDarkColours[] = {
    {"#FFFFFF", "#1E2127"},
    {"#F7F8FA", "#16181C"},
    {"#F9FAFB", "#23272E"},
    {"#F5F7FA", "#2A2E35"},
    {"#F3F4F6", "#2A2E35"},
    {"#F0F1F3", "#2A2E35"},
    {"#ECEEF1", "#2A2E35"},
    {"#E5E7EB", "#30343C"},
    {"#D1D5DB", "#3D424C"},
    {"#CBD5E1", "#4B5563"},
    {"#9CA3AF", "#7C8594"},
    {"#6B7280", "#9AA3B2"},
    {"#4B5563", "#B4BCC8"},
    {"#374151", "#D1D5DB"},
    {"#1F2937", "#E5E7EB"},
    {"#111827", "#F3F4F6"},
    {"#2563EB", "#3B82F6"},
    {"#1D4ED8", "#93B4FB"},
    {"#EEF2FF", "#1E2A4A"},
    {"#E8F0FE", "#1F2D4D"},
    {"#E0EAFF", "#1E2A4A"},
    {"#D2E0FC", "#2B3F6B"},
    {"#C7D7FE", "#2B3F6B"},
    {"#BFD0F8", "#2B3F6B"},
    {"#A5B4FC", "#4F5FBF"},
    {"#FFFBEB", "#2B2719"},
    {"#FFF8DB", "#302A16"},
    {"#FEF3C7", "#3D3418"},
    {"#F5E3A3", "#5C4B1A"},
    {"#F5D67B", "#8A6D1F"},
    {"#92400E", "#FCD34D"},
    {"#FEF2F2", "#3A1F22"},
    {"#FECACA", "#7F1D1D"},
    {"#B91C1C", "#F87171"},
    {"#A7D8B5", "#2F6B43"},
    {"#15803D", "#4ADE80"},
    // used by the painted lists (Theme::themed), not by the sheet
    {"#E3EBFD", "#1F2D4D"},
    {"#EEF1F5", "#2A2E35"},
    {"#EEF0F3", "#2A2E35"},
};

QString styleSheet(Theme::Mode mode)
{
    QString sheet = QString::fromUtf8(kStyleSheet);
    if (mode == Theme::Mode::Dark) {
        for (const auto &[light, dark] : kDarkColours)
            sheet.replace(QLatin1StringView(light), QLatin1StringView(dark), Qt::CaseSensitive);
    }
    return sheet;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF7F8FA));
    p.setColor(QPalette::WindowText, QColor(0x1F2937));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF9FAFB));
    p.setColor(QPalette::Text, QColor(0x1F2937));
    p.setColor(QPalette::PlaceholderText, QColor(0x9CA3AF));
    p.setColor(QPalette::Button, QColor(0xFFFFFF));
    p.setColor(QPalette::ButtonText, QColor(0x1F2937));
    p.setColor(QPalette::Highlight, QColor(0x2563EB));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x111827));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x2563EB));
    p.setColor(QPalette::Mid, QColor(0xD1D5DB));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9CA3AF));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9CA3AF));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9CA3AF));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x16181C));
    p.setColor(QPalette::WindowText, QColor(0xE5E7EB));
    p.setColor(QPalette::Base, QColor(0x1E2127));
    p.setColor(QPalette::AlternateBase, QColor(0x23272E));
    p.setColor(QPalette::Text, QColor(0xE5E7EB));
    p.setColor(QPalette::PlaceholderText, QColor(0x7C8594));
    p.setColor(QPalette::Button, QColor(0x262A31));
    p.setColor(QPalette::ButtonText, QColor(0xE5E7EB));
    p.setColor(QPalette::BrightText, QColor(0xF87171));
    p.setColor(QPalette::Highlight, QColor(0x3B82F6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x30343C));
    p.setColor(QPalette::ToolTipText, QColor(0xF3F4F6));
    p.setColor(QPalette::Link, QColor(0x60A5FA));
    p.setColor(QPalette::LinkVisited, QColor(0xA78BFA));
    p.setColor(QPalette::Light, QColor(0x3D424C));
    p.setColor(QPalette::Midlight, QColor(0x30343C));
    p.setColor(QPalette::Mid, QColor(0x3D424C));
    p.setColor(QPalette::Dark, QColor(0x111317));
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B7280));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B7280));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B7280));
    return p;
}

const char kSettingsKey[] = "ui/theme";

} // namespace

Theme::Mode Theme::resolve(Mode mode)
{
    if (mode != Mode::System)
        return mode;
    // Qt 6.4 has no colour-scheme hint: the platform's own palette tells (a dark window means a dark
    // desktop). Read once, before apply() replaces the application palette.
    static const bool systemIsDark = [] {
        const QPalette platform = QGuiApplication::palette();
        return platform.color(QPalette::Window).lightness() < 128;
    }();
    return systemIsDark ? Mode::Dark : Mode::Light;
}

Theme::Mode Theme::saved()
{
    return fromString(QSettings().value(QLatin1StringView(kSettingsKey)).toString());
}

void Theme::save(Mode mode)
{
    QSettings().setValue(QLatin1StringView(kSettingsKey), toString(mode));
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light: return u"light"_s;
    case Mode::Dark: return u"dark"_s;
    case Mode::System: return u"system"_s;
    }
    return u"system"_s;
}

Theme::Mode Theme::fromString(const QString &name)
{
    if (name == "light"_L1)
        return Mode::Light;
    if (name == "dark"_L1)
        return Mode::Dark;
    return Mode::System;
}

Theme::Mode Theme::current()
{
    return qApp && qApp->property("hdDarkTheme").toBool() ? Mode::Dark : Mode::Light;
}

QColor Theme::themed(const QColor &light)
{
    if (current() != Mode::Dark)
        return light;
    const QByteArray name = light.name(QColor::HexRgb).toUpper().toLatin1();
    for (const auto &[l, d] : kDarkColours) {
        if (name == l)
            return QColor(QLatin1StringView(d));
    }
    return light;
}

void Theme::apply(QApplication &app, Mode mode)
{
    const Mode resolved = resolve(mode);
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    app.setPalette(resolved == Mode::Dark ? darkPalette() : lightPalette());

    // One family for Latin and CJK keeps both languages the same weight and height.
    const QStringList families = QFontDatabase::families();
    QFont font = app.font();
    QStringList wanted;
    for (const QString &f : {u"Noto Sans CJK SC"_s, u"Noto Sans"_s, u"DejaVu Sans"_s})
        if (families.contains(f))
            wanted << f;
    if (!wanted.isEmpty())
        font.setFamilies(wanted);
    font.setPointSizeF(10);
    app.setFont(font);
    app.setProperty("hdDarkTheme", resolved == Mode::Dark);
    app.setStyleSheet(styleSheet(resolved));
}

} // namespace hd
