#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace hd {

/// The look of the app: Fusion with a light or dark neutral palette, one UI font that covers Latin
/// and CJK (Noto Sans CJK, falling back to the system font), and a small style sheet for the panes,
/// bubbles and buttons that need more than the palette. The dark sheet is the light one with each
/// colour swapped for its dark counterpart, so the two cannot drift apart.
class Theme final
{
public:
    enum class Mode { Light, Dark, System }; ///< stored as "light" / "dark" / "system"

    /// Applies `mode` to the whole application (widgets follow live: palette and style sheet change).
    static void apply(QApplication &app, Mode mode = Mode::Light);
    /// Light or Dark: System becomes what the desktop uses.
    static Mode resolve(Mode mode);
    /// The theme last applied by apply(): Light or Dark.
    static Mode current();
    /// For painted widgets: a colour of the light design as it looks in the current theme (its dark
    /// counterpart when dark is on; colours without one are returned as they are).
    static QColor themed(const QColor &light);
    /// The user's choice (View > Theme), System when never chosen.
    static Mode saved();
    static void save(Mode mode);
    static QString toString(Mode mode);
    static Mode fromString(const QString &name);
};

} // namespace hd
