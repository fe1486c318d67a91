#include "core/templates/TemplateLibrary.h"

#include "core/common/Log.h"
#include "core/domain/Channel.h"
#include "core/templates/TemplateIntents.h"
#include "core/templates/TemplateLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxImportBytes = 16 * 1024 * 1024;
constexpr int kMaxBodyLength = 20000;

Error invalid(const QString &message)
{
    return Error::make(Error::Code::InvalidArgument, message);
}

bool isKnownPlatform(const QString &platform)
{
    bool ok = false;
    channelKindFromString(platform, &ok);
    return ok;
}

/// Case-folded, accents removed ("Dónde" -> "donde"), so buyers who skip accents still match.
QString foldForMatch(const QString &s)
{
    const QString decomposed = s.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool startsWithCjk(const QString &s)
{
    if (s.isEmpty())
        return false;
    const auto script = s.front().script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
        || script == QChar::Script_Hangul;
}

/// A keyword occurs in the folded text as a word (a short inflection such as "refunds", "refunded",
/// "Rückerstattungen" may follow); CJK keywords match as substrings.
bool containsKeyword(const QString &foldedText, const QString &foldedKeyword)
{
    if (foldedKeyword.isEmpty())
        return false;
    if (startsWithCjk(foldedKeyword))
        return foldedText.contains(foldedKeyword);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = foldedText.indexOf(foldedKeyword, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0 && isWordChar(foldedText[at - 1]))
            continue;
        qsizetype end = at + foldedKeyword.size();
        int suffix = 0;
        while (end < foldedText.size() && foldedText[end].isLetter() && suffix <= 3) {
            ++end;
            ++suffix;
        }
        if (suffix <= 3 && (end >= foldedText.size() || !isWordChar(foldedText[end])))
            return true;
    }
}

QString templateLabel(int index, const QString &name)
{
    return name.isEmpty() ? TemplateLibrary::tr("Template %1").arg(index + 1)
                          : TemplateLibrary::tr("Template %1 (\"%2\")").arg(index + 1).arg(name);
}

} // namespace

QString TemplateLibrary::normalizeShortcut(const QString &shortcut)
{
    QString s = shortcut.trimmed().toLower();
    if (s.isEmpty())
        return {};
    if (!s.startsWith(u'/'))
        s.prepend(u'/');
    return s;
}

Status TemplateLibrary::validate(Template &t, bool isUpdate) const
{
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        return invalid(tr("A template needs a name."));
    if (!t.intent.trimmed().isEmpty()) {
        const QString intent = TemplateIntents::normalize(t.intent);
        if (intent.isEmpty())
            return invalid(tr("\"%1\" is not a known intent. Use one of: %2.")
                               .arg(t.intent, TemplateIntents::all().join(u", "_s)));
        t.intent = intent;
    } else {
        t.intent.clear();
    }
    t.shortcut = normalizeShortcut(t.shortcut);
    if (t.shortcut.contains(u' '))
        return invalid(tr("The shortcut \"%1\" cannot contain spaces.").arg(t.shortcut));
    if (t.useCount < 0)
        t.useCount = 0;
    QStringList keywords;
    for (const QString &k : std::as_const(t.keywords)) {
        const QString kw = k.simplified().toLower();
        if (!kw.isEmpty() && !keywords.contains(kw))
            keywords << kw;
    }
    t.keywords = keywords;
    QSet<QString> seen;
    for (TemplateVariant &v : t.variants) {
        v.language = TemplateLanguage::normalize(v.language);
        v.platform = v.platform.trimmed().toLower();
        if (v.language.isEmpty())
            return invalid(tr("Every variant needs a language."));
        if (!v.platform.isEmpty() && !isKnownPlatform(v.platform))
            return invalid(tr("\"%1\" is not a known platform.").arg(v.platform));
        if (v.body.trimmed().isEmpty())
            return invalid(tr("The %1 variant has no text.").arg(v.language));
        if (v.body.size() > kMaxBodyLength)
            return invalid(tr("The %1 variant is longer than %2 characters.").arg(v.language).arg(kMaxBodyLength));
        const QString key = v.language + u'|' + v.platform;
        if (seen.contains(key))
            return invalid(v.platform.isEmpty() ? tr("There are two %1 variants for all platforms.").arg(v.language)
                                                : tr("There are two %1 variants for %2.").arg(v.language, v.platform));
        seen.insert(key);
    }
    for (const Template &other : m_templates) {
        if (isUpdate && other.id == t.id)
            continue;
        if (!isUpdate && t.id != 0 && other.id == t.id)
            return invalid(tr("Another template already has id %1.").arg(t.id));
        if (!t.shortcut.isEmpty() && other.shortcut == t.shortcut)
            return invalid(tr("The shortcut %1 is already used by \"%2\".").arg(t.shortcut, other.name));
    }
    return {};
}

Result<qint64> TemplateLibrary::add(Template t)
{
    if (auto st = validate(t, false); !st)
        return st.error();
    if (t.id == 0)
        t.id = m_nextId;
    m_nextId = qMax(m_nextId, t.id + 1);
    m_templates.append(std::move(t));
    return m_templates.constLast().id;
}

Status TemplateLibrary::update(Template t)
{
    auto it = std::find_if(m_templates.begin(), m_templates.end(), [&](const Template &x) { return x.id == t.id; });
    if (it == m_templates.end())
        return Error::make(Error::Code::NotFound, tr("That template no longer exists."));
    if (auto st = validate(t, true); !st)
        return st;
    *it = std::move(t);
    return {};
}

bool TemplateLibrary::remove(qint64 id)
{
    return m_templates.removeIf([id](const Template &t) { return t.id == id; }) > 0;
}

const Template *TemplateLibrary::find(qint64 id) const
{
    for (const Template &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

const TemplateVariant *TemplateLibrary::pick(qint64 templateId,
                                             const QString &language,
                                             const QString &platform,
                                             bool *needsMachineTranslation) const
{
    if (needsMachineTranslation)
        *needsMachineTranslation = false;
    const Template *t = find(templateId);
    if (!t || t->variants.isEmpty())
        return nullptr;
    const QString wanted = language.trimmed().isEmpty() ? u"en"_s : language;
    const QString plat = platform.trimmed().toLower();

    // Score every usable variant; higher wins, earlier wins ties.
    const TemplateVariant *best = nullptr;
    int bestScore = -1;
    bool bestInLanguage = false;
    for (const TemplateVariant &v : t->variants) {
        const bool platformExact = !plat.isEmpty() && v.platform == plat;
        if (!v.platform.isEmpty() && !platformExact)
            continue; // written for another platform's rules
        const int lang = TemplateLanguage::matchQuality(wanted, v.language);
        int score = 0;
        if (lang > 0) {
            // In the buyer's language: human beats machine, then platform, then exact region.
            score = 1000 + (v.human ? 400 : 0) + (platformExact ? 200 : 0) + lang * 10;
        } else {
            // Not in the language: an English (then any) base for machine translation.
            const bool english = TemplateLanguage::primary(v.language) == "en"_L1;
            score = (english ? 400 : 0) + (v.human ? 100 : 0) + (platformExact ? 50 : 0);
        }
        if (score > bestScore) {
            best = &v;
            bestScore = score;
            bestInLanguage = lang > 0;
        }
    }
    if (best && needsMachineTranslation)
        *needsMachineTranslation = !bestInLanguage;
    return best;
}

QList<TemplateSuggestion> TemplateLibrary::suggest(const QString &intent,
                                                   const QString &text,
                                                   const QString &language,
                                                   const QString &platform,
                                                   int limit) const
{
    const QString wantedIntent = TemplateIntents::normalize(intent);
    const QString folded = foldForMatch(text);
    QList<TemplateSuggestion> out;
    QHash<qint64, QString> names;
    for (const Template &t : m_templates) {
        TemplateSuggestion s;
        s.templateId = t.id;
        s.intentMatch = !wantedIntent.isEmpty() && wantedIntent != "other"_L1 && t.intent == wantedIntent;
        if (!folded.isEmpty()) {
            for (const QString &k : t.keywords)
                if (containsKeyword(folded, foldForMatch(k)))
                    s.matchedKeywords << k;
        }
        if (!s.intentMatch && s.matchedKeywords.isEmpty())
            continue;
        bool mt = true;
        const TemplateVariant *v = pick(t.id, language, platform, &mt);
        s.humanVariant = v && !mt && v->human;
        s.score = (s.intentMatch ? 10.0 : 0.0) + 3.0 * qMin<qsizetype>(4, s.matchedKeywords.size())
            + std::log2(1.0 + t.useCount) + (s.humanVariant ? 1.0 : 0.0);
        names.insert(t.id, t.name);
        out << s;
    }
    std::stable_sort(out.begin(), out.end(), [&](const TemplateSuggestion &a, const TemplateSuggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return names.value(a.templateId).localeAwareCompare(names.value(b.templateId)) < 0;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

const Template *TemplateLibrary::byShortcut(const QString &shortcut) const
{
    const QString s = normalizeShortcut(shortcut);
    if (s.size() < 2)
        return nullptr;
    for (const Template &t : m_templates)
        if (t.shortcut == s)
            return &t;
    return nullptr;
}

QList<const Template *> TemplateLibrary::completeShortcut(const QString &prefix) const
{
    const QString p = normalizeShortcut(prefix.isEmpty() ? u"/"_s : prefix);
    QList<const Template *> out;
    for (const Template &t : m_templates)
        if (!t.shortcut.isEmpty() && t.shortcut.startsWith(p))
            out << &t;
    std::stable_sort(out.begin(), out.end(), [](const Template *a, const Template *b) {
        if (a->useCount != b->useCount)
            return a->useCount > b->useCount;
        return a->shortcut < b->shortcut;
    });
    return out;
}

void TemplateLibrary::recordUse(qint64 templateId)
{
    for (Template &t : m_templates)
        if (t.id == templateId)
            ++t.useCount;
}

QByteArray TemplateLibrary::toJson() const
{
    QJsonArray templates;
    for (const Template &t : m_templates) {
        QJsonArray variants;
        for (const TemplateVariant &v : t.variants) {
            variants.append(QJsonObject{{u"language"_s, v.language},
                                        {u"platform"_s, v.platform},
                                        {u"human"_s, v.human},
                                        {u"body"_s, v.body}});
        }
        templates.append(QJsonObject{{u"name"_s, t.name},
                                     {u"category"_s, t.category},
                                     {u"intent"_s, t.intent},
                                     {u"shortcut"_s, t.shortcut},
                                     {u"keywords"_s, QJsonArray::fromStringList(t.keywords)},
                                     {u"useCount"_s, t.useCount},
                                     {u"variants"_s, variants}});
    }
    const QJsonObject root{{u"format"_s, QString::fromLatin1(kFormat)},
                           {u"version"_s, kVersion},
                           {u"templates"_s, templates}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TemplateLibrary> TemplateLibrary::fromJson(const QByteArray &json)
{
    auto parseError = [](const QString &message, const QString &detail = {}) {
        return Error::make(Error::Code::Parse, message, detail);
    };
    if (json.size() > kMaxImportBytes)
        return parseError(tr("The file is too large to be a template export (over 16 MB)."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return parseError(tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset),
                          pe.errorString());
    if (!doc.isObject())
        return parseError(tr("The file does not contain a template export: expected a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QLatin1StringView(kFormat))
        return parseError(tr("The file is not a HarborDesk template export (\"format\" should be \"%1\").")
                              .arg(QLatin1StringView(kFormat)));
    const int version = root.value(u"version"_s).toInt(-1);
    if (version < 1 || version > kVersion)
        return parseError(tr("Template export version %1 is not supported by this HarborDesk (supports %2).")
                              .arg(root.value(u"version"_s).toVariant().toString())
                              .arg(kVersion));
    const QJsonValue list = root.value(u"templates"_s);
    if (!list.isArray())
        return parseError(tr("The file has no \"templates\" list."));

    TemplateLibrary lib;
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return parseError(tr("Template %1 is not a JSON object.").arg(i + 1));
        const QJsonObject o = items.at(i).toObject();
        Template t;
        t.name = o.value(u"name"_s).toString();
        const QString where = templateLabel(i, t.name.trimmed());
        auto stringField = [&](const QString &field, QString *out) -> bool {
            const QJsonValue v = o.value(field);
            if (v.isUndefined() || v.isNull())
                return true;
            if (!v.isString())
                return false;
            *out = v.toString();
            return true;
        };
        if (!o.value(u"name"_s).isString())
            return parseError(tr("%1: \"name\" must be text.").arg(where));
        for (const auto &[field, out] : {std::pair{u"category"_s, &t.category},
                                         std::pair{u"intent"_s, &t.intent},
                                         std::pair{u"shortcut"_s, &t.shortcut}}) {
            if (!stringField(field, out))
                return parseError(tr("%1: \"%2\" must be text.").arg(where, field));
        }
        const QJsonValue kw = o.value(u"keywords"_s);
        if (!kw.isUndefined() && !kw.isArray())
            return parseError(tr("%1: \"keywords\" must be a list of words.").arg(where));
        for (const QJsonValue &k : kw.toArray()) {
            if (!k.isString())
                return parseError(tr("%1: \"keywords\" must be a list of words.").arg(where));
            t.keywords << k.toString();
        }
        const QJsonValue uses = o.value(u"useCount"_s);
        if (!uses.isUndefined() && (!uses.isDouble() || uses.toDouble() < 0))
            return parseError(tr("%1: \"useCount\" must be a number of uses.").arg(where));
        t.useCount = int(qMin(uses.toDouble(), 1e9));
        const QJsonValue vars = o.value(u"variants"_s);
        if (!vars.isArray() || vars.toArray().isEmpty())
            return parseError(tr("%1: it has no \"variants\" (the texts per language).").arg(where));
        const QJsonArray va = vars.toArray();
        for (int j = 0; j < va.size(); ++j) {
            const QString vwhere = tr("%1, variant %2").arg(where).arg(j + 1);
            if (!va.at(j).isObject())
                return parseError(tr("%1 is not a JSON object.").arg(vwhere));
            const QJsonObject vo = va.at(j).toObject();
            TemplateVariant v;
            if (!vo.value(u"language"_s).isString())
                return parseError(tr("%1: \"language\" is missing.").arg(vwhere));
            if (!vo.value(u"body"_s).isString())
                return parseError(tr("%1: \"body\" (the text) is missing.").arg(vwhere));
            const QJsonValue plat = vo.value(u"platform"_s);
            if (!plat.isUndefined() && !plat.isNull() && !plat.isString())
                return parseError(tr("%1: \"platform\" must be text.").arg(vwhere));
            const QJsonValue human = vo.value(u"human"_s);
            if (!human.isUndefined() && !human.isBool())
                return parseError(tr("%1: \"human\" must be true or false.").arg(vwhere));
            v.language = vo.value(u"language"_s).toString();
            v.body = vo.value(u"body"_s).toString();
            v.platform = plat.toString();
            v.human = human.toBool(true);
            t.variants << v;
        }
        if (auto added = lib.add(t); !added)
            return parseError(tr("%1: %2").arg(where, added.error().message));
    }
    return lib;
}

TemplateLibrary TemplateLibrary::starterSet()
{
    QFile f(u":/templates/starter_templates.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        log::error("templates", u"starter set resource missing"_s);
        return {};
    }
    auto lib = fromJson(f.readAll());
    if (!lib) {
        log::error("templates", u"starter set is invalid: "_s + lib.error().message);
        return {};
    }
    return std::move(lib).value();
}

} // namespace hd
