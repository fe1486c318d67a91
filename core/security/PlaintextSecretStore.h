#pragma once

#include "core/security/SecretStore.h"

#include <QHash>

namespace hd {

/// The opt-in fallback when no keychain exists (a headless server, a minimal desktop): secrets in a
/// JSON file readable by the owner only (0600), written atomically. NOT encrypted, and says so
/// (isInsecure()); SecretStoreFactory only picks it when the user asked for it explicitly.
class PlaintextSecretStore final : public SecretStore
{
public:
    explicit PlaintextSecretStore(QString filePath);

    QString backendName() const override;
    bool isInsecure() const override { return true; }
    const QString &filePath() const { return m_path; }

    /// The file's folder can be created and the file, if it exists, read.
    Status checkAvailable() override;
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

private:
    Result<QHash<QString, QString>> load() const;
    Status save(const QHash<QString, QString> &secrets) const;

    QString m_path;
};

} // namespace hd
