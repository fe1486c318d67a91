#pragma once

#include "core/domain/Channel.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace hd {

/// Small brand-coloured badges for each channel kind: a rounded square with a letter, drawn with
/// QPainter so no logo artwork ships with the app. Cached per kind and size.
class ChannelIcons final {
public:
    /// The badge as an icon (16, 20, 24 and 32 px, for every device pixel ratio).
    static QIcon icon(ChannelKind kind);
    /// One badge of `size` logical pixels at `devicePixelRatio`.
    static QPixmap pixmap(ChannelKind kind, int size, qreal devicePixelRatio = 1.0);
    /// The brand colour, for accents beside the badge.
    static QColor brandColor(ChannelKind kind);
    /// "Amazon · DE": the platform and the marketplace, as the header shows it.
    static QString label(ChannelKind kind, const QString &marketplace);
};

} // namespace hd
