#include "ui/conversation/TemplatePicker.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

TemplatePicker::TemplatePicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"templatePicker"_s);
    m_button = new QPushButton(this);
    m_button->setObjectName(u"templatePickerButton"_s);
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(u"templatePickerPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_search = new QLineEdit(m_popup);
    m_search->setObjectName(u"templateSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListWidget(m_popup);
    m_list->setObjectName(u"templateList"_s);
    m_list->setFrameShape(QFrame::NoFrame);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(6, 6, 6, 6);
    popupLayout->setSpacing(4);
    popupLayout->addWidget(m_search);
    popupLayout->addWidget(m_list);
    m_popup->resize(380, 340);

    connect(m_button, &QPushButton::clicked, this, &TemplatePicker::showPopup);
    connect(m_search, &QLineEdit::textChanged, this, &TemplatePicker::rebuild);
    connect(m_list, &QListWidget::itemClicked, this, &TemplatePicker::choose);
    connect(m_list, &QListWidget::itemActivated, this, &TemplatePicker::choose);
    retranslate();
}

void TemplatePicker::setTemplates(const TemplateLibrary &library, const QList<qint64> &suggested,
                                  const QString &language, const QString &platform)
{
    m_library = library;
    m_suggested = suggested;
    m_language = language;
    m_platform = platform;
    rebuild();
}

void TemplatePicker::showPopup()
{
    m_search->clear();
    rebuild();
    m_popup->move(m_button->mapToGlobal(QPoint(0, m_button->height())));
    m_popup->show();
    m_search->setFocus();
}

bool TemplatePicker::isPopupVisible() const
{
    return m_popup->isVisible();
}

void TemplatePicker::rebuild()
{
    m_list->clear();
    const QString needle = m_search->text().trimmed();
    auto matches = [&](const Template &t) {
        return needle.isEmpty() || t.name.contains(needle, Qt::CaseInsensitive)
            || t.shortcut.contains(needle, Qt::CaseInsensitive) || t.category.contains(needle, Qt::CaseInsensitive);
    };
    auto section = [&](const QString &title) {
        auto *item = new QListWidgetItem(title, m_list);
        item->setFlags(Qt::NoItemFlags);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        item->setData(Qt::UserRole, 0);
    };
    auto add = [&](const Template &t) {
        bool needsMt = false;
        m_library.pick(t.id, m_language, m_platform, &needsMt);
        QString label = t.name;
        if (!t.shortcut.isEmpty())
            label += u"   "_s + t.shortcut;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, t.id);
        if (needsMt)
            item->setToolTip(tr("No version in the buyer's language yet: needs machine translation"));
    };
    bool any = false;
    for (qint64 id : std::as_const(m_suggested)) {
        const Template *t = m_library.find(id);
        if (!t || !matches(*t))
            continue;
        if (!any)
            section(tr("Suggested for this conversation"));
        any = true;
        add(*t);
    }
    section(tr("All templates"));
    for (const Template &t : m_library.templates()) {
        if (matches(t))
            add(t);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() != 0) {
            m_list->setCurrentRow(row);
            break;
        }
    }
}

void TemplatePicker::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id == 0)
        return;
    m_popup->hide();
    Q_EMIT templateChosen(id);
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down move through the list while typing in the search field; Enter picks.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            int row = m_list->currentRow() + step;
            while (row >= 0 && row < m_list->count() && m_list->item(row)->data(Qt::UserRole).toLongLong() == 0)
                row += step;
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose(m_list->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TemplatePicker::retranslate()
{
    m_button->setText(tr("Templates"));
    m_button->setToolTip(tr("Insert a saved reply (or type its shortcut, like /wismo, and press Tab)"));
    m_search->setPlaceholderText(tr("Search templates…"));
    rebuild();
}

void TemplatePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
