#include "core/demo/SyntheticDraws.h"

#include <cmath>

namespace hd::synth {
using namespace Qt::StringLiterals;

// splitmix64: a good 64-bit mixer, used to derive independent seeds from (seed, what, index).
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 mix(quint64 a, quint64 b, quint64 c)
{
    return mix(a ^ mix(b ^ mix(c)));
}

// Portable draws: std::uniform_*_distribution differ between standard libraries, these do not.
double unit(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

int below(std::mt19937_64 &rng, int n)
{
    return n <= 1 ? 0 : int(rng() % quint64(n));
}

bool chance(std::mt19937_64 &rng, double p)
{
    return unit(rng) < p;
}

int between(std::mt19937_64 &rng, int lo, int hi) // inclusive
{
    return lo + below(rng, hi - lo + 1);
}

int weighted(std::mt19937_64 &rng, const QList<int> &weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int r = below(rng, total);
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights.at(i))
            return i;
        r -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

// Zipf-like rank in [0, n): P(rank) roughly proportional to 1 / (rank + 1).
int zipf(std::mt19937_64 &rng, int n)
{
    const double r = std::exp(unit(rng) * std::log(double(n) + 1.0)) - 1.0;
    return std::clamp(int(r), 0, n - 1);
}

qint64 exponentialMs(std::mt19937_64 &rng, qint64 meanMs)
{
    return qint64(-std::log(1.0 - unit(rng)) * double(meanMs));
}

__extension__ typedef unsigned __int128 Uint128;

// A bijection of [0, modulus): distinct indexes give distinct numbers (order numbers never collide).
quint64 permute(quint64 index, quint64 modulus, quint64 salt)
{
    quint64 a = mix(salt, 0xA11CE) % modulus;
    while (std::gcd(a, modulus) != 1)
        ++a;
    const quint64 b = mix(salt, 0xB0B) % modulus;
    return quint64((static_cast<Uint128>(index % modulus) * a + b) % modulus);
}

QString digits(quint64 value, int width)
{
    return u"%1"_s.arg(value, width, 10, QLatin1Char('0'));
}

QString base36(quint64 value, int width, bool upper)
{
    static constexpr char lower[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static constexpr char upperSet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out(width, u'0');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char((upper ? upperSet : lower)[value % 36]);
        value /= 36;
    }
    return out;
}

// "María José" -> "mariajose"; empty for scripts without Latin letters.
QString asciiFold(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower())
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    return out;
}

} // namespace hd::synth
