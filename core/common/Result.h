#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hd {

/// A failure: a stable code, a message fit for the user, and technical detail for the log.
struct Error {
    enum class Code {
        InvalidArgument,
        NotFound,
        Conflict,
        Database,
        Network,
        Parse,
        Unavailable,
        PermissionDenied,
        Internal,
    };
    Code code = Code::Internal;
    QString message; ///< shown to the user
    QString detail;  ///< for the log only

    static Error make(Code c, QString msg, QString det = {}) { return Error{c, std::move(msg), std::move(det)}; }
};

/// Result of a fallible call: a value or an Error. No exceptions cross the event loop.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    const T &operator*() const { return std::get<T>(m_v); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of a call that yields nothing on success.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hd
