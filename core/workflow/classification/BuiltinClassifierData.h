#pragma once

#include <QByteArray>

namespace hd {

/// The classification data files of resources/classification/, compiled into harbordesk_core at
/// build time (see core/workflow/classification/CMakeLists.txt), so the static library needs no
/// Qt resource or file at run time.
class BuiltinClassifierData final {
public:
    static QByteArray intentCues();
    static QByteArray sentimentCues();
    static QByteArray intentModel();    ///< empty if no model file was present at configure time
    static QByteArray sentimentModel(); ///< empty if no model file was present at configure time
};

} // namespace hd
