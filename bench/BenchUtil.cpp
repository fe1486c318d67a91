#include "bench/BenchUtil.h"

#include <QFile>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <ctime>

namespace hd::bench {
using namespace Qt::StringLiterals;

namespace {
double statusField(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB -> MiB
    return -1;
}
} // namespace

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

double peakRssMb()
{
    return statusField("VmHWM");
}

double currentRssMb()
{
    return statusField("VmRSS");
}

bool resetPeakRss()
{
    malloc_trim(0); // hand freed heap back first, so the new peak starts from what is really in use
    QFile f(u"/proc/self/clear_refs"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

void evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

void loadIntoPageCache(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    while (!f.read(1 << 20).isEmpty()) { }
}

} // namespace hd::bench
