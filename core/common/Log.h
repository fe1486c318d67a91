#pragma once

// The one logging header. spdlog stays behind it; areas get their own logger ("storage", "sync.ebay").

#include <QString>

namespace hd::log {

enum class Level { Debug, Info, Warn, Error };

/// Sets up logging: a rotating file in dir (if not empty) plus stderr for warnings. Forwards Qt messages.
void init(const QString &dir, bool verbose = false);

/// Writes one line for the given area. Message text passes through redact() first.
void write(Level level, const char *area, const QString &message);

inline void debug(const char *area, const QString &m) { write(Level::Debug, area, m); }
inline void info(const char *area, const QString &m) { write(Level::Info, area, m); }
inline void warn(const char *area, const QString &m) { write(Level::Warn, area, m); }
inline void error(const char *area, const QString &m) { write(Level::Error, area, m); }

/// Masks e-mail addresses, phone numbers and long digit runs so PII never reaches a log file.
QString redact(const QString &text);

} // namespace hd::log
