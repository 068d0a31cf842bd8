// synclens_core is a unity build (cmake/SyncLensBuildSpeed.cmake): batches of
// its .cpp files are concatenated and compiled as one. A name a file keeps to
// itself (anonymous namespace, static function, namespace-scope constant or
// alias) is then seen by the files after it in its batch. Two such names that
// are the same either stop the build, or, for two functions with different
// parameters, overload each other without a word: a call may then reach the
// other file's helper. This test keeps every such name unique across core, and
// across synclens_ui, the other unity build.
#include <QDirIterator>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// The source with its comments, string and character literals and
// preprocessor lines blanked out (their newlines kept), so that braces and
// names inside them are not read as code.
QString codeOnly(const QString &source)
{
    QString out;
    out.reserve(source.size());
    qsizetype i = 0;
    const qsizetype n = source.size();
    bool lineStart = true;
    auto at = [&](qsizetype k) { return k < n ? source.at(k) : QChar(); };
    while (i < n) {
        const QChar c = source.at(i);
        if (lineStart && c == u'#') { // a directive, with its continued lines
            while (i < n && !(source.at(i) == u'\n' && at(i - 1) != u'\\'))
                ++i;
            continue;
        }
        if (c == u'/' && at(i + 1) == u'/') {
            while (i < n && source.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && at(i + 1) == u'*') {
            const qsizetype end = source.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out += QString(source.mid(i, stop - i).count(u'\n'), u'\n');
            i = stop;
            continue;
        }
        if (c == u'R' && at(i + 1) == u'"' && (i == 0 || !source.at(i - 1).isLetterOrNumber())) {
            const qsizetype open = source.indexOf(u'(', i);
            const QString close = u')' + source.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = source.indexOf(close, open);
            const qsizetype stop = end < 0 ? n : end + close.size();
            out += QStringLiteral("\"\"") + QString(source.mid(i, stop - i).count(u'\n'), u'\n');
            i = stop;
            continue;
        }
        if (c == u'"' || (c == u'\'' && !at(i - 1).isLetterOrNumber())) { // not 1'000
            qsizetype k = i + 1;
            while (k < n && source.at(k) != c && source.at(k) != u'\n')
                k += source.at(k) == u'\\' ? 2 : 1;
            out += QString(2, c);
            i = k + 1;
            continue;
        }
        out += c;
        if (c == u'\n')
            lineStart = true;
        else if (!c.isSpace())
            lineStart = false;
        ++i;
    }
    return out;
}

struct FileNames
{
    QSet<QString> own;        // names the file keeps to itself
    QSet<QString> namespaces; // of its `using namespace X;` at namespace scope
};

// The name one namespace-scope declaration introduces, if it is one the unity
// build shares: everything in an anonymous namespace (or in the namespace
// `collectAll` asks for); elsewhere only what has internal linkage.
QStringList declaredNames(QString statement, bool collectAll)
{
    statement = statement.simplified();
    static const QRegularExpression templ(QStringLiteral("^template\\s*<[^{;]*?>\\s*(?=[A-Za-z])"));
    statement.remove(templ);
    if (statement.isEmpty() || statement.startsWith(QLatin1String("namespace")))
        return {};
    static const QRegularExpression type(
        QStringLiteral("^(?:struct|class|union|enum(?:\\s+class|\\s+struct)?)\\b\\s*(\\w*)"));
    if (const auto m = type.match(statement); m.hasMatch()) // an unnamed enum has none
        return collectAll && !m.captured(1).isEmpty() ? QStringList{m.captured(1)} : QStringList{};
    static const QRegularExpression alias(QStringLiteral("^using\\s+(\\w+)\\s*="));
    if (const auto m = alias.match(statement); m.hasMatch())
        return {m.captured(1)};
    if (statement.startsWith(QLatin1String("using ")) ||
        statement.startsWith(QLatin1String("extern ")))
        return {};
    const bool internal = collectAll || statement.startsWith(QLatin1String("static ")) ||
                          statement.startsWith(QLatin1String("inline static "));
    static const QRegularExpression variable(QStringLiteral("^([^(]*?)(\\w+)\\s*(?:=|\\[|\\{|$)"));
    if (const auto m = variable.match(statement); m.hasMatch() && m.captured(2) != u"operator") {
        static const QRegularExpression constant(QStringLiteral("\\b(?:const|constexpr)\\b"));
        if (internal || m.captured(1).contains(constant))
            return {m.captured(2)};
        return {};
    }
    static const QRegularExpression function(QStringLiteral("^[^(]*?([~\\w:]+)\\s*\\("));
    if (const auto m = function.match(statement); m.hasMatch()) {
        const QString name = m.captured(1);
        const bool macro = name == name.toUpper(); // Q_LOGGING_CATEGORY(…) and the like
        if (internal && !name.contains(u':') && !macro &&
            !name.startsWith(QLatin1String("operator")))
            return {name};
    }
    return {};
}

QStringList enumerators(const QString &body)
{
    QStringList names;
    for (const QString &item : body.split(u',')) {
        const QString name = item.section(u'=', 0, 0).trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

// Walks the namespace-scope statements of `code` (from codeOnly()). For a
// .cpp file: all names of its anonymous namespaces, and its internal ones
// elsewhere. With `collectIn` (a header): the names of that namespace only.
FileNames scanNames(const QString &code, const QString &collectIn = {})
{
    enum class Scope
    {
        Anonymous,
        Named,
        Collected,
        Enum,
        Other
    };
    FileNames names;
    QList<Scope> stack;
    QString statement;
    qsizetype enumStart = 0;
    auto atNamespaceScope = [&] {
        return std::all_of(stack.cbegin(), stack.cend(),
                           [](Scope s) { return s <= Scope::Collected; });
    };
    auto collecting = [&] {
        const Scope wanted = collectIn.isEmpty() ? Scope::Anonymous : Scope::Collected;
        return std::any_of(stack.cbegin(), stack.cend(), [wanted](Scope s) { return s == wanted; });
    };
    // A header contributes the names of `collectIn` only.
    auto keep = [&](const QStringList &found) {
        if (collectIn.isEmpty() || collecting())
            for (const QString &name : found)
                names.own.insert(name);
    };
    static const QRegularExpression namespaceOpen(QStringLiteral("namespace\\s*([\\w:]*)\\s*$"));
    static const QRegularExpression unscopedEnum(
        QStringLiteral("^\\s*enum(?!\\s+(?:class|struct)\\b)\\b"));
    static const QRegularExpression usingNamespace(
        QStringLiteral("^\\s*using\\s+namespace\\s+([\\w:]+)\\s*$"));
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'{') {
            Scope scope = Scope::Other;
            if (atNamespaceScope()) {
                if (const auto m = namespaceOpen.match(statement); m.hasMatch()) {
                    const QString name = m.captured(1);
                    scope = name.isEmpty()                                ? Scope::Anonymous
                            : (!collectIn.isEmpty() && name == collectIn) ? Scope::Collected
                                                                          : Scope::Named;
                } else {
                    keep(declaredNames(statement, collecting()));
                    if (collecting() && unscopedEnum.match(statement).hasMatch()) {
                        scope = Scope::Enum;
                        enumStart = i + 1;
                    }
                }
            }
            stack.append(scope);
            statement.clear();
        } else if (c == u'}') {
            if (!stack.isEmpty() && stack.takeLast() == Scope::Enum)
                keep(enumerators(code.mid(enumStart, i - enumStart)));
            statement.clear();
        } else if (atNamespaceScope()) {
            if (c != u';') {
                statement += c;
                continue;
            }
            if (const auto m = usingNamespace.match(statement); m.hasMatch())
                names.namespaces.insert(m.captured(1));
            else
                keep(declaredNames(statement, collecting()));
            statement.clear();
        }
    }
    return names;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

class TestUnityNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansWhatAFileKeepsToItself_data();
    void scansWhatAFileKeepsToItself();
    void scansTheNamesOfAUsedNamespace();
    void filesKeepDistinctNames_data();
    void filesKeepDistinctNames();
};

void TestUnityNames::scansWhatAFileKeepsToItself_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("names"); // space-separated, sorted
    QTest::addColumn<QString>("namespaces");
    // The project forbids const char * → QString without saying how.
    const auto c = [](const char *text) { return QString::fromUtf8(text); };

    QTest::newRow("helper function")
        << c("namespace {\nQString key(const char *name)\n{\n    return {};\n}\n}") << c("key")
        << c("");
    QTest::newRow("declared, then defined")
        << c("namespace {\nint twice(int);\n}\nint twice(int v) { return 2 * v; }") << c("twice")
        << c("");
    QTest::newRow("template function") << c("namespace {\ntemplate<typename T> T first(const "
                                            "QList<T> &l) { return l.first(); }\n}")
                                       << c("first") << c("");
    QTest::newRow("types, alias, constants")
        << c("namespace {\nstruct Reader { int a; };\nclass Writer;\nusing N = EnumName<X>;\n"
             "constexpr std::array kNames{N{X::A, \"a\"}};\nconst QString kLink = "
             "QStringLiteral(\"x\");\n}")
        << c("N Reader Writer kLink kNames") << c("");
    QTest::newRow("unscoped enum and its values")
        << c("namespace {\nenum Salt : quint64\n{\n    First = 1,\n    Second, // a, b\n};\n}")
        << c("First Salt Second") << c("");
    QTest::newRow("unnamed enum")
        << c("namespace {\nenum : quint64\n{\n    Alpha = 1,\n    Beta\n};\n}") << c("Alpha Beta")
        << c("");
    QTest::newRow("scoped enum: its values stay inside")
        << c("namespace {\nenum class Mode { Fast, Slow };\n}") << c("Mode") << c("");
    QTest::newRow("lambda constant")
        << c("namespace {\nconst auto isEven = [](int v) { return v % 2 == 0; };\n}") << c("isEven")
        << c("");
    QTest::newRow("static function outside any namespace")
        << c("static bool flag(const QJsonObject &o) { return o.isEmpty(); }") << c("flag")
        << c("");
    QTest::newRow("named namespace: constants and aliases only")
        << c("namespace SyncLens {\nusing Kind = Event::Kind;\nconst int kLimit = 3;\nint counter "
             "= 0;\n"
             "QString publicName(int v) { return {}; }\nQString Foo::bar() const { return {}; }\n}")
        << c("Kind kLimit") << c("");
    QTest::newRow("function bodies are not namespace scope")
        << c("namespace {\nint outer()\n{\n    const int inner = 2;\n    struct Local {};\n    "
             "return inner;\n}\n}")
        << c("outer") << c("");
    QTest::newRow("comments, strings and directives are not code")
        << c("#define HIDDEN(x) {\n// namespace { int commented(); }\n/* static int blocked(); "
             "*/\n"
             "namespace {\nconst char *kText = \"static int quoted(); {\";\nconst char "
             "*kRaw = R\"(})\";\n}")
        << c("kRaw kText") << c("");
    QTest::newRow("a macro is not a helper")
        << c("namespace {\nQ_LOGGING_CATEGORY(lcX, \"x\")\n}") << c("") << c("");
    QTest::newRow("an operator is not a helper")
        << c("namespace {\nbool operator==(const A &, const A &) { return true; }\n}") << c("")
        << c("");
    QTest::newRow("using namespace")
        << c("namespace SyncLens {\nusing namespace StoreRows;\nusing std::max;\n}") << c("")
        << c("StoreRows");
}

void TestUnityNames::scansWhatAFileKeepsToItself()
{
    QFETCH(QString, source);
    QFETCH(QString, names);
    QFETCH(QString, namespaces);

    const FileNames found = scanNames(codeOnly(source));
    QCOMPARE(sorted(found.own).join(u' '), names);
    QCOMPARE(sorted(found.namespaces).join(u' '), namespaces);
}

void TestUnityNames::scansTheNamesOfAUsedNamespace()
{
    const QString header =
        QStringLiteral("namespace SyncLens::StoreRows {\nQVariant fromTime(const QDateTime &t);\n"
                       "template<typename T> T single(QList<T> rows);\n"
                       "inline bool done(int v)\n{\n    return v > 0;\n}\n}\n"
                       "namespace SyncLens {\nQString other();\nconst int kOther = "
                       "1;\n}\nnamespace {\nint hidden();\n}");
    QCOMPARE(sorted(scanNames(codeOnly(header), QStringLiteral("SyncLens::StoreRows")).own),
             QString::fromLatin1("done fromTime single").split(u' '));
}

void TestUnityNames::filesKeepDistinctNames_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("atLeast"); // files, so that a wrong folder cannot pass

    // The two unity builds: synclens_core and synclens_ui.
    QTest::newRow("core") << QStringLiteral("core") << 100;
    QTest::newRow("ui") << QStringLiteral("ui") << 50;
}

void TestUnityNames::filesKeepDistinctNames()
{
    QFETCH(QString, folder);
    QFETCH(int, atLeast);

    const QString root = qEnvironmentVariable("SYNCLENS_SOURCE_DIR") + u'/' + folder;
    QVERIFY2(QFileInfo(root).isDir(), qPrintable(root + QStringLiteral(" is not a folder")));

    QHash<QString, QSet<QString>> owners; // name → files (or namespaces) that define it
    QSet<QString> usedNamespaces;
    QHash<QString, QString> headers; // path → code
    int files = 0;
    for (QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        const QString code = codeOnly(readText(path));
        if (path.endsWith(QLatin1String(".h"))) {
            headers.insert(path, code);
            continue;
        }
        ++files;
        const FileNames names = scanNames(code);
        for (const QString &name : names.own)
            owners[name].insert(path.mid(root.size() + 1));
        usedNamespaces |= names.namespaces;
    }
    QVERIFY2(files >= atLeast,
             qPrintable(QStringLiteral("only %1 .cpp files in %2").arg(files).arg(root)));

    // What `using namespace StoreRows;` brings in is seen by the files after it too.
    for (const QString &used : std::as_const(usedNamespaces)) {
        const QString qualified = QStringLiteral("SyncLens::") + used;
        for (auto h = headers.cbegin(); h != headers.cend(); ++h)
            for (const QString &name : scanNames(h.value(), qualified).own)
                owners[name].insert(QStringLiteral("namespace ") + qualified);
    }

    QStringList clashes;
    for (auto o = owners.cbegin(); o != owners.cend(); ++o)
        if (o.value().size() > 1)
            clashes.append(o.key() + QStringLiteral(": ") +
                           sorted(o.value()).join(QStringLiteral(", ")));
    clashes.sort();
    QVERIFY2(clashes.isEmpty(),
             qPrintable(QStringLiteral("names that two files of core keep to themselves "
                                       "(rename one; a unity batch would share them):\n") +
                        clashes.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestUnityNames)
#include "tst_unitynames.moc"
