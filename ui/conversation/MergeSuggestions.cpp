#include "ui/conversation/MergeSuggestions.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

MergeSuggestions::MergeSuggestions(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"mergeSuggestions"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    outer->addLayout(m_rows);
    m_error = new QLabel(this);
    m_error->setObjectName(u"mergeError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    outer->addWidget(m_error);
    hide();
}

QString MergeSuggestions::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MergeSuggestions::showCustomer(const Customer &customer)
{
    m_customer = customer;
    m_error->hide();
    reload();
}

void MergeSuggestions::clear()
{
    m_customer = Customer{};
    m_suggestions.clear();
    m_merges.clear();
    m_error->hide();
    rebuild();
}

void MergeSuggestions::reload()
{
    m_suggestions.clear();
    m_merges.clear();
    if (m_service && m_customer.id > 0) {
        auto s = m_service->suggest(m_customer.id);
        if (s)
            m_suggestions = *s;
        else
            showError(s.error().message);
        auto m = m_service->activeMerges(m_customer.id);
        if (m)
            m_merges = *m;
        else
            showError(m.error().message);
    }
    rebuild();
}

void MergeSuggestions::showError(const QString &message)
{
    m_error->setText(message.isEmpty() ? tr("That did not work; try again.") : message);
    m_error->show();
    show();
}

void MergeSuggestions::merge(qint64 survivorId, qint64 mergedId)
{
    if (!m_service)
        return;
    auto r = m_service->merge(survivorId, mergedId);
    if (!r) {
        showError(r.error().message);
        return;
    }
    m_error->hide();
    if (survivorId != m_customer.id)
        m_customer.id = survivorId; // keep showing the profile that survived
    reload();
    Q_EMIT customersChanged(survivorId);
}

void MergeSuggestions::notTheSame(qint64 otherId)
{
    if (!m_service)
        return;
    if (auto s = m_service->dismiss(m_customer.id, otherId); !s) {
        showError(s.error().message);
        return;
    }
    m_error->hide();
    reload();
    Q_EMIT customersChanged(m_customer.id);
}

void MergeSuggestions::undo(qint64 mergeId)
{
    if (!m_service)
        return;
    if (auto s = m_service->undo(mergeId); !s) {
        showError(s.error().message);
        return;
    }
    m_error->hide();
    reload();
    Q_EMIT customersChanged(m_customer.id);
}

void MergeSuggestions::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    for (const MergeSuggestion &s : std::as_const(m_suggestions)) {
        auto *row = new QFrame(this);
        row->setObjectName(u"mergeSuggestion_%1"_s.arg(s.other.id));
        row->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(row);
        auto *text = new QLabel(row);
        text->setObjectName(u"mergeText_%1"_s.arg(s.other.id));
        text->setWordWrap(true);
        const QString name = s.other.displayName.isEmpty() ? tr("an unnamed buyer") : s.other.displayName;
        text->setText(tr("This may be the same buyer as %1 (%2).").arg(name, CustomerMergeScorer::describe(s.score)));
        text->setTextFormat(Qt::PlainText);
        v->addWidget(text);
        auto *buttons = new QHBoxLayout;
        auto *keep = new QComboBox(row);
        keep->setObjectName(u"survivorCombo_%1"_s.arg(s.other.id));
        const QString mine = m_customer.displayName.isEmpty() ? tr("this buyer") : m_customer.displayName;
        keep->addItem(tr("Keep %1").arg(mine), m_customer.id);
        keep->addItem(tr("Keep %1").arg(name), s.other.id);
        keep->setToolTip(
            tr("The profile that remains; the other one's channels, conversations and orders move to it."));
        buttons->addWidget(keep, 1);
        auto *mergeButton = new QPushButton(tr("Merge"), row);
        mergeButton->setObjectName(u"mergeButton_%1"_s.arg(s.other.id));
        auto *notSame = new QPushButton(tr("Not the same"), row);
        notSame->setObjectName(u"notSameButton_%1"_s.arg(s.other.id));
        buttons->addWidget(mergeButton);
        buttons->addWidget(notSame);
        v->addLayout(buttons);
        const qint64 current = m_customer.id;
        const qint64 other = s.other.id;
        connect(mergeButton, &QPushButton::clicked, this, [this, keep, current, other]() {
            const qint64 survivor = keep->currentData().toLongLong();
            merge(survivor, survivor == current ? other : current);
        });
        connect(notSame, &QPushButton::clicked, this, [this, other]() { notTheSame(other); });
        m_rows->addWidget(row);
    }
    for (const CustomerMergeRecord &m : std::as_const(m_merges)) {
        auto *row = new QWidget(this);
        row->setObjectName(u"mergedRow_%1"_s.arg(m.id));
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *text =
            new QLabel(tr("Merged with %1").arg(m.mergedName.isEmpty() ? tr("an unnamed buyer") : m.mergedName), row);
        text->setTextFormat(Qt::PlainText);
        auto *undoButton = new QPushButton(tr("Undo"), row);
        undoButton->setObjectName(u"undoMergeButton_%1"_s.arg(m.id));
        h->addWidget(text, 1);
        h->addWidget(undoButton);
        const qint64 id = m.id;
        connect(undoButton, &QPushButton::clicked, this, [this, id]() { undo(id); });
        m_rows->addWidget(row);
    }
    setVisible(!m_suggestions.isEmpty() || !m_merges.isEmpty() || m_error->isVisible());
}

void MergeSuggestions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace hd
