#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <random>

/// Deterministic draws for the synthetic workspace generator: the same seed gives the same
/// workspace on every platform and standard library (std::*_distribution would not).
namespace hd::synth {

// splitmix64: a good 64-bit mixer, used to derive independent seeds from (seed, what, index).
quint64 mix(quint64 x);
quint64 mix(quint64 a, quint64 b, quint64 c = 0);
// Portable draws: std::uniform_*_distribution differ between standard libraries, these do not.
double unit(std::mt19937_64 &rng);
int below(std::mt19937_64 &rng, int n);
bool chance(std::mt19937_64 &rng, double p);
/// Uniform in [lo, hi], both inclusive.
int between(std::mt19937_64 &rng, int lo, int hi);
int weighted(std::mt19937_64 &rng, const QList<int> &weights);
// Zipf-like rank in [0, n): P(rank) roughly proportional to 1 / (rank + 1).
int zipf(std::mt19937_64 &rng, int n);
qint64 exponentialMs(std::mt19937_64 &rng, qint64 meanMs);
// A bijection of [0, modulus): distinct indexes give distinct numbers (order numbers never collide).
quint64 permute(quint64 index, quint64 modulus, quint64 salt);
QString digits(quint64 value, int width);
QString base36(quint64 value, int width, bool upper = false);
// "María José" -> "mariajose"; empty for scripts without Latin letters.
QString asciiFold(const QString &name);

} // namespace hd::synth
