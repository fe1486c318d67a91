#pragma once

#include "core/domain/Customer.h"
#include "core/storage/CustomerMergeRepository.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace hd {

/// In the customer panel: "This may be the same buyer as … [Merge] [Not the same]" for each
/// suggestion, with a choice of which profile survives, and "Merged with … [Undo]" for merges in
/// effect. Talks to the core through CustomerMergeRepository only; after a change it reloads and
/// emits customersChanged() so the conversation view can refresh the buyer.
class MergeSuggestions final : public QWidget
{
    Q_OBJECT
public:
    explicit MergeSuggestions(QWidget *parent = nullptr);

    /// The service (not owned; must outlive the widget or be reset with nullptr).
    void setService(CustomerMergeRepository *service) { m_service = service; }
    /// Shows suggestions and merges for the buyer; hides itself when there is nothing to show.
    void showCustomer(const Customer &customer);
    void clear();
    /// The last error shown to the agent (empty when the last action worked).
    QString lastError() const;

    /// Confirms a merge: the survivor keeps its profile; the other one's identities, conversations
    /// and orders move to it.
    void merge(qint64 survivorId, qint64 mergedId);
    void notTheSame(qint64 otherId);
    void undo(qint64 mergeId);

Q_SIGNALS:
    /// A merge, undo or dismissal changed the buyer profiles; survivorId is the profile to show.
    void customersChanged(qint64 survivorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void rebuild();
    void showError(const QString &message);

    CustomerMergeRepository *m_service = nullptr;
    Customer m_customer;
    QList<MergeSuggestion> m_suggestions;
    QList<CustomerMergeRecord> m_merges;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hd
