#include "ui/shell/Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QStyleFactory>

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
QPushButton#sendButton { background: #2563EB; color: #FFFFFF; border: none; border-radius: 7px; padding: 6px 20px; font-weight: 600; }
QPushButton#sendButton:hover { background: #1D4ED8; }
QPushButton#sendButton:disabled { background: #BFD0F8; }
QPushButton#resolveButton, QPushButton#pendingButton, QPushButton#reopenButton {
    background: #FFFFFF; border: 1px solid #D1D5DB; border-radius: 7px; padding: 5px 12px; color: #374151; }
QPushButton#resolveButton { color: #15803D; border-color: #A7D8B5; }
QPushButton#resolveButton:hover, QPushButton#pendingButton:hover, QPushButton#reopenButton:hover { background: #F3F4F6; }

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
} // namespace

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));

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
    app.setPalette(p);

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
    app.setStyleSheet(QString::fromUtf8(kStyleSheet));
}

} // namespace hd
