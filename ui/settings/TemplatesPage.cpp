#include "ui/settings/TemplatesPage.h"

#include "core/Workspace.h"
#include "core/domain/Channel.h"
#include "core/templates/PlaceholderValues.h"
#include "core/templates/TemplateIntents.h"
#include "core/templates/TemplateRenderer.h"
#include "ui/shell/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
constexpr ChannelKind kPlatforms[] = {ChannelKind::Email,
                                      ChannelKind::Amazon,
                                      ChannelKind::Ebay,
                                      ChannelKind::Etsy,
                                      ChannelKind::Walmart,
                                      ChannelKind::Shopify,
                                      ChannelKind::Shopee,
                                      ChannelKind::AliExpress,
                                      ChannelKind::TikTokShop,
                                      ChannelKind::Facebook,
                                      ChannelKind::Instagram};

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}
} // namespace

TemplatesPage::TemplatesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"templatesPage"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateList"_s);
    m_new = button(u"newTemplateButton"_s, this);
    m_delete = button(u"deleteTemplateButton"_s, this);
    m_import = button(u"importTemplatesButton"_s, this);
    m_export = button(u"exportTemplatesButton"_s, this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"templateNameEdit"_s);
    m_category = new QLineEdit(this);
    m_category->setObjectName(u"templateCategoryEdit"_s);
    m_intent = new QComboBox(this);
    m_intent->setObjectName(u"templateIntentCombo"_s);
    m_intent->addItem(QString(), QString());
    for (const QString &intent : TemplateIntents::all())
        m_intent->addItem(intent, intent);
    m_shortcut = new QLineEdit(this);
    m_shortcut->setObjectName(u"templateShortcutEdit"_s);
    m_keywords = new QLineEdit(this);
    m_keywords->setObjectName(u"templateKeywordsEdit"_s);
    m_variants = new QListWidget(this);
    m_variants->setObjectName(u"variantList"_s);
    m_variants->setMaximumHeight(110);
    m_addVariant = button(u"addVariantButton"_s, this);
    m_removeVariant = button(u"removeVariantButton"_s, this);
    m_variantLanguage = new QLineEdit(this);
    m_variantLanguage->setObjectName(u"variantLanguageEdit"_s);
    m_variantLanguage->setMaxLength(12);
    m_variantPlatform = new QComboBox(this);
    m_variantPlatform->setObjectName(u"variantPlatformCombo"_s);
    m_variantPlatform->addItem(QString(), QString());
    for (const ChannelKind kind : kPlatforms)
        m_variantPlatform->addItem(channelKindDisplayName(kind), channelKindToString(kind));
    m_variantHuman = new QCheckBox(this);
    m_variantHuman->setObjectName(u"variantHumanCheck"_s);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"variantBodyEdit"_s);
    m_placeholders = new QLabel(this);
    m_placeholders->setObjectName(u"placeholderIssues"_s);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(u"templatesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_save = button(u"saveTemplateButton"_s, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_export);
    leftLayout->addLayout(fileButtons);

    m_nameLabel = new QLabel(this);
    m_categoryLabel = new QLabel(this);
    m_intentLabel = new QLabel(this);
    m_shortcutLabel = new QLabel(this);
    m_keywordsLabel = new QLabel(this);
    m_variantsLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_platformLabel = new QLabel(this);
    auto *right = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_intentLabel, m_intent);
    form->addRow(m_shortcutLabel, m_shortcut);
    form->addRow(m_keywordsLabel, m_keywords);
    auto *variantButtons = new QVBoxLayout;
    variantButtons->addWidget(m_addVariant);
    variantButtons->addWidget(m_removeVariant);
    variantButtons->addStretch();
    auto *variantRow = new QHBoxLayout;
    variantRow->addWidget(m_variants, 1);
    variantRow->addLayout(variantButtons);
    form->addRow(m_variantsLabel, variantRow);
    auto *variantMeta = new QHBoxLayout;
    variantMeta->addWidget(m_languageLabel);
    variantMeta->addWidget(m_variantLanguage);
    variantMeta->addWidget(m_platformLabel);
    variantMeta->addWidget(m_variantPlatform, 1);
    variantMeta->addWidget(m_variantHuman);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addLayout(variantMeta);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_placeholders);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);
    rightLayout->addLayout(bottom);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesPage::showTemplate);
    connect(m_variants, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeVariantEdits();
        showVariant(row);
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplatesPage::updatePlaceholderCheck);
    connect(m_new, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteTemplate);
    connect(m_addVariant, &QPushButton::clicked, this, &TemplatesPage::addVariant);
    connect(m_removeVariant, &QPushButton::clicked, this, &TemplatesPage::removeVariant);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::saveCurrent);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import templates"), QString(), tr("Templates (*.json)"));
        if (path.isEmpty())
            return;
        if (auto added = importFile(path))
            showMessage(tr("%n template(s) imported.", nullptr, added.value()), false);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export templates"), u"templates.json"_s, tr("Templates (*.json)"));
        if (path.isEmpty())
            return;
        if (exportFile(path))
            showMessage(tr("Templates exported to %1.").arg(path), false);
    });
    retranslate();
    reload();
}

void TemplatesPage::reload()
{
    const qint64 keep = m_current.id;
    auto loaded = m_workspace.templates().load();
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return;
    }
    m_templates = loaded.value().templates();
    std::sort(m_templates.begin(), m_templates.end(), [](const Template &a, const Template &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_loading = true;
    m_list->clear();
    int select = m_templates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const Template &t = m_templates.at(i);
        auto *item = new QListWidgetItem(t.shortcut.isEmpty() ? t.name : t.name + u"  "_s + t.shortcut, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            select = i;
    }
    m_loading = false;
    m_list->setCurrentRow(select);
    if (select < 0)
        newTemplate();
}

void TemplatesPage::showTemplate(int row)
{
    if (m_loading || row < 0 || row >= m_templates.size())
        return;
    m_current = m_templates.at(row);
    m_name->setText(m_current.name);
    m_category->setText(m_current.category);
    m_intent->setCurrentIndex(qMax(0, m_intent->findData(m_current.intent)));
    m_shortcut->setText(m_current.shortcut);
    m_keywords->setText(m_current.keywords.join(u", "_s));
    m_variantRow = -1;
    refreshVariantList();
    m_variants->setCurrentRow(m_current.variants.isEmpty() ? -1 : 0);
    if (m_current.variants.isEmpty())
        showVariant(-1);
    m_delete->setEnabled(m_current.id != 0);
}

void TemplatesPage::refreshVariantList()
{
    m_loading = true;
    const int keep = m_variants->currentRow();
    m_variants->clear();
    for (const TemplateVariant &v : std::as_const(m_current.variants)) {
        const QString platform =
            v.platform.isEmpty() ? tr("any platform") : channelKindDisplayName(channelKindFromString(v.platform));
        const QString kind = v.human ? tr("human") : tr("machine translation");
        new QListWidgetItem(u"%1 · %2 · %3"_s.arg(DisplayNames::language(v.language), platform, kind), m_variants);
    }
    m_variants->setCurrentRow(qMin(keep, int(m_variants->count()) - 1));
    m_loading = false;
}

void TemplatesPage::showVariant(int row)
{
    m_variantRow = row;
    const bool has = row >= 0 && row < m_current.variants.size();
    const TemplateVariant v = has ? m_current.variants.at(row) : TemplateVariant{};
    for (QWidget *w : std::initializer_list<QWidget *>{m_variantLanguage,
                                                       m_variantPlatform,
                                                       m_variantHuman,
                                                       m_body,
                                                       m_removeVariant})
        w->setEnabled(has);
    m_variantLanguage->setText(v.language);
    m_variantPlatform->setCurrentIndex(qMax(0, m_variantPlatform->findData(v.platform)));
    m_variantHuman->setChecked(v.human);
    m_body->setPlainText(v.body);
    updatePlaceholderCheck();
}

void TemplatesPage::storeVariantEdits()
{
    if (m_variantRow < 0 || m_variantRow >= m_current.variants.size())
        return;
    TemplateVariant &v = m_current.variants[m_variantRow];
    v.language = m_variantLanguage->text().trimmed();
    v.platform = m_variantPlatform->currentData().toString();
    v.human = m_variantHuman->isChecked();
    v.body = m_body->toPlainText();
}

QStringList TemplatesPage::placeholderProblems(const QString &body)
{
    // Rendered against no values: known keys come back "missing" (fine here), the rest are problems.
    const RenderResult r = TemplateRenderer::render(body, PlaceholderValues());
    QStringList out;
    for (const PlaceholderSpan &s : r.unknown)
        out.append(tr("Unknown placeholder {{%1}}").arg(s.key));
    for (const PlaceholderSpan &s : r.malformed)
        out.append(tr("Broken placeholder “%1”").arg(s.key));
    return out;
}

void TemplatesPage::updatePlaceholderCheck()
{
    const QStringList problems = placeholderProblems(m_body->toPlainText());
    if (problems.isEmpty()) {
        m_placeholders->setStyleSheet(QString());
        m_placeholders->setText(tr("Placeholders: %1").arg(PlaceholderValues::knownKeys().join(u", "_s)));
    } else {
        m_placeholders->setStyleSheet(u"color: #b3261e;"_s);
        m_placeholders->setText(problems.join(u'\n'));
    }
}

bool TemplatesPage::saveCurrent()
{
    storeVariantEdits();
    Template t = m_current;
    t.name = m_name->text().trimmed();
    t.category = m_category->text().trimmed();
    t.intent = m_intent->currentData().toString();
    t.shortcut = m_shortcut->text().trimmed();
    t.keywords.clear();
    for (const QString &k : m_keywords->text().split(u',', Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            t.keywords.append(k.trimmed().toLower());
    for (int i = 0; i < t.variants.size(); ++i) {
        const QStringList problems = placeholderProblems(t.variants.at(i).body);
        if (!problems.isEmpty()) {
            m_variants->setCurrentRow(i);
            showMessage(tr("Not saved: %1").arg(problems.join(u"; "_s)), true);
            return false;
        }
    }
    auto saved = m_workspace.templates().save(t);
    if (!saved) {
        showMessage(tr("Not saved: %1").arg(saved.error().message), true);
        return false;
    }
    m_current.id = saved.value();
    showMessage(tr("Template “%1” saved.").arg(t.name), false);
    reload();
    Q_EMIT templatesChanged();
    return true;
}

void TemplatesPage::newTemplate()
{
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_loading = false;
    m_current = Template{};
    m_current.variants.append(TemplateVariant{0, u"en"_s, QString(), QString(), true});
    m_name->clear();
    m_category->clear();
    m_intent->setCurrentIndex(0);
    m_shortcut->clear();
    m_keywords->clear();
    m_variantRow = -1;
    refreshVariantList();
    m_variants->setCurrentRow(0);
    showVariant(0);
    m_delete->setEnabled(false);
    m_name->setFocus();
}

void TemplatesPage::deleteTemplate()
{
    if (m_current.id == 0)
        return;
    if (auto s = m_workspace.templates().remove(m_current.id); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(tr("Template “%1” deleted.").arg(m_current.name), false);
    m_current = Template{};
    reload();
    Q_EMIT templatesChanged();
}

void TemplatesPage::addVariant()
{
    storeVariantEdits();
    m_current.variants.append(TemplateVariant{0, QString(), QString(), QString(), true});
    refreshVariantList();
    m_variants->setCurrentRow(int(m_current.variants.size()) - 1);
    showVariant(int(m_current.variants.size()) - 1);
    m_variantLanguage->setFocus();
}

void TemplatesPage::removeVariant()
{
    if (m_variantRow < 0 || m_variantRow >= m_current.variants.size())
        return;
    m_current.variants.removeAt(m_variantRow);
    m_variantRow = -1;
    refreshVariantList();
    showVariant(m_variants->currentRow());
}

Result<int> TemplatesPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error e = Error::make(Error::Code::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
        showMessage(e.message, true);
        return e;
    }
    auto library = TemplateLibrary::fromJson(file.readAll());
    if (!library) {
        showMessage(tr("Not imported: %1").arg(library.error().message), true);
        return library.error();
    }
    auto added = m_workspace.templates().importLibrary(library.value());
    if (!added) {
        showMessage(tr("Not imported: %1").arg(added.error().message), true);
        return added.error();
    }
    reload();
    Q_EMIT templatesChanged();
    return added;
}

Status TemplatesPage::exportFile(const QString &path)
{
    auto loaded = m_workspace.templates().load();
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return loaded.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(loaded.value().toJson()) < 0 || !file.commit()) {
        const Error e = Error::make(Error::Code::Unavailable, tr("Cannot write %1: %2").arg(path, file.errorString()));
        showMessage(e.message, true);
        return e;
    }
    return {};
}

void TemplatesPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    m_message->setText(text);
}

void TemplatesPage::retranslate()
{
    m_new->setText(tr("New"));
    m_delete->setText(tr("Delete"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_nameLabel->setText(tr("Name:"));
    m_categoryLabel->setText(tr("Category:"));
    m_intentLabel->setText(tr("Intent:"));
    m_shortcutLabel->setText(tr("Shortcut:"));
    m_shortcut->setPlaceholderText(u"/wismo"_s);
    m_keywordsLabel->setText(tr("Keywords:"));
    m_keywords->setPlaceholderText(tr("comma-separated, any language"));
    m_variantsLabel->setText(tr("Versions:"));
    m_addVariant->setText(tr("Add"));
    m_removeVariant->setText(tr("Remove"));
    m_languageLabel->setText(tr("Language:"));
    m_platformLabel->setText(tr("Platform:"));
    m_variantPlatform->setItemText(0, tr("Any platform"));
    m_intent->setItemText(0, tr("(none)"));
    m_variantHuman->setText(tr("Written by a person"));
    m_variantHuman->setToolTip(tr("Untick for a stored machine translation; agents see it marked."));
    m_save->setText(tr("Save template"));
    refreshVariantList();
    updatePlaceholderCheck();
}

void TemplatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
