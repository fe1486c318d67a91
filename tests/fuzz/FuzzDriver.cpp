// A plain driver for any LLVMFuzzerTestOneInput target, for compilers without libFuzzer (g++) and
// for ctest: replays a seed corpus, then feeds deterministic random mutations of it for a bounded
// time. A crash, sanitizer report or hang fails the ctest run; the failing input is written first
// to <build>/fuzz-crash-<target>.bin so it can be replayed.
//   FuzzX <corpus dir>... [--seconds N] [--seed S]
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QString g_crashFile;

void run(const QByteArray &input)
{
    // Saved before each run so a crash leaves the input behind; cheap next to parsing.
    QFile f(g_crashFile);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(input);
    f.close();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(const QList<QByteArray> &corpus, QRandomGenerator &rng)
{
    QByteArray s = corpus.at(int(rng.bounded(qsizetype(corpus.size()))));
    const int rounds = 1 + int(rng.bounded(8));
    static const QList<QByteArray> tokens{"\r\n",
                                          "\n\n",
                                          "--",
                                          "boundary=",
                                          "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
                                          "=?UTF-8?B?",
                                          "=?ISO-2022-JP?Q?",
                                          "?=",
                                          "charset=",
                                          "Content-Transfer-Encoding: base64\r\n",
                                          "Content-Transfer-Encoding: quoted-printable\r\n",
                                          "=\r\n",
                                          "=FF",
                                          "\xff\xfe",
                                          "\x01",
                                          "message/rfc822\r\n\r\n",
                                          "filename*=UTF-8''%E4%B8",
                                          "<",
                                          ">",
                                          "@",
                                          // JSON structure for the channel payload parsers
                                          "{",
                                          "}",
                                          "[",
                                          "]",
                                          "\"",
                                          ":",
                                          ",",
                                          "null",
                                          "true",
                                          "1e999",
                                          "-9223372036854775809",
                                          "\"\\u0000\"",
                                          "\"\\ud800\"",
                                          "{\"a\":[{\"b\":{}}]}"};
    for (int r = 0; r < rounds; ++r) {
        const qsizetype pos = s.isEmpty() ? 0 : qsizetype(rng.bounded(s.size() + 1));
        switch (rng.bounded(6)) {
        case 0: // flip a byte
            if (!s.isEmpty())
                s[qMin(pos, s.size() - 1)] = char(rng.bounded(256));
            break;
        case 1: // delete a run
            s.remove(pos, qsizetype(rng.bounded(64)));
            break;
        case 2: // insert a MIME or JSON token
            s.insert(pos, tokens.at(int(rng.bounded(qsizetype(tokens.size())))));
            break;
        case 3: // duplicate a run
            if (!s.isEmpty())
                s.insert(pos, s.mid(qsizetype(rng.bounded(s.size())), qsizetype(rng.bounded(256))));
            break;
        case 4: { // splice with another seed
            const QByteArray &other = corpus.at(int(rng.bounded(qsizetype(corpus.size()))));
            s = s.left(pos) + other.mid(qsizetype(rng.bounded(other.size() + 1)));
            break;
        }
        default: // truncate
            s.truncate(pos);
            break;
        }
    }
    return s.left(256 * 1024);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int seconds = qEnvironmentVariableIntValue("HARBORDESK_FUZZ_SECONDS");
    quint32 seed = 20261122;
    QStringList dirs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            seed = args.at(++i).toUInt();
        else
            dirs << args.at(i);
    }
    if (seconds <= 0)
        seconds = 30;
    g_crashFile = QDir::current().filePath(
        QStringLiteral("fuzz-crash-%1.bin").arg(QFileInfo(app.applicationFilePath()).fileName()));

    QList<QByteArray> corpus;
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                corpus << f.readAll();
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz driver: no seed corpus in %s\n", qPrintable(dirs.join(u' ')));
        return 2;
    }
    for (const QByteArray &seedInput : std::as_const(corpus))
        run(seedInput);

    QRandomGenerator rng(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < qint64(seconds) * 1000) {
        run(mutate(corpus, rng));
        ++runs;
    }
    QFile::remove(g_crashFile);
    std::printf("fuzz driver: %lld seeds, %lld mutated inputs in %d s, no crash (seed %u)\n",
                static_cast<long long>(corpus.size()),
                static_cast<long long>(runs),
                seconds,
                seed);
    return 0;
}
