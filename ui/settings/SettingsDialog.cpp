#include "ui/settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"settingsPageList"_s);
    m_list->setFixedWidth(190);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"settingsPages"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"settingsCloseButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    resize(1000, 680);
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_stack->addWidget(page);
    m_list->addItem(title);
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

bool SettingsDialog::showPage(const QString &objectName)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->objectName() == objectName) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget *SettingsDialog::currentPage() const
{
    return m_stack->currentWidget();
}

int SettingsDialog::pageCount() const
{
    return m_stack->count();
}

} // namespace hd
