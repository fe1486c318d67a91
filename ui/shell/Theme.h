#pragma once

class QApplication;

namespace hd {

/// The look of the app: Fusion with a light neutral palette, one UI font that covers Latin and
/// CJK (Noto Sans CJK, falling back to the system font), and a small style sheet for the panes,
/// bubbles and buttons that need more than the palette.
class Theme final {
public:
    static void apply(QApplication &app);
};

} // namespace hd
