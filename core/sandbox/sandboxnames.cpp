#include "sandboxnames.h"

namespace SyncLens::SandboxNames {

namespace {
QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(u'|');
}
} // namespace

const QStringList &firstNames()
{
    static const QStringList names = split(
        "Alice|Bob|Carol|David|Eva|Farid|Grace|Hiro|Ingrid|Jonas|Kara|Luis|Maya|Nils|Olivia|Pavel|"
        "Quinn|Rosa|Samir|Tara|Umar|Vera|Wei|Ximena|Yusuf|Zoe|Anna|Ben|Chloé|Diego|Elif|Felix|"
        "Greta|"
        "Hannah|Ivan|Julia|Kenji|Lena|Marco|Nora|Oscar|Priya|Rafael|Sofia|Tomás|Ute|Viktor|Wanda|"
        "Yara|Zain");
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = split(
        "Adams|Brown|Chen|Dubois|Evans|Fischer|García|Hansen|Ito|Jensen|Kowalski|Larsen|Müller|"
        "Nakamura|Okafor|Petrov|Quint|Rossi|Schmidt|Tanaka|Ueda|Vargas|Weber|Xu|Yilmaz|Zimmermann|"
        "Almeida|Bauer|Costa|Dijkstra|Eriksson|Ferreira|Gómez|Horvat|Ivanova|Johansson|Keller|"
        "Lindqvist|"
        "Moreau|Novak|Olsen|Pereira|Richter|Santos|Takahashi|Urban|Visser|Wagner|Young|Zhang");
    return names;
}

const QStringList &companies()
{
    static const QStringList names = split(
        "Fabrikam|Northwind Traders|Litware|Adventure Works|Tailspin Toys|Wingtip Toys|Proseware|"
        "Woodgrove Bank|Alpine Ski House|Coho Winery|Trey Research|Lucerne Publishing|Margie's "
        "Travel|"
        "Fourth Coffee|Graphic Design Institute|Humongous Insurance|Blue Yonder Airlines|Wide "
        "World "
        "Importers|City Power & Light|Consolidated Messenger|Relecloud|Lamna Healthcare|Munson's "
        "Pickles|Nod Publishers|Southridge Video|VanArsdel|Bellows College|Datum Corporation|First "
        "Up "
        "Consultants|School of Fine Art");
    return names;
}

const QStringList &cities()
{
    static const QStringList names = split(
        "Berlin|Paris|Lyon|Munich|Hamburg|Amsterdam|Madrid|Lisbon|Vienna|Zurich|Oslo|Stockholm|"
        "Copenhagen|Dublin|London|Manchester|Milan|Prague|Warsaw|Brussels");
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList names = split(
        "Purchasing Manager|CFO|IT Director|Account Executive|Operations Lead|CEO|Office Manager|"
        "Procurement Specialist|Head of Sales|Project Manager|Facilities Manager|CTO");
    return names;
}

const QStringList &meetingTopics()
{
    static const QStringList names = split(
        "Quarterly review|Kickoff|Renewal terms|Product demo|Lunch|Pipeline review|Support "
        "escalation|Onboarding workshop|Contract signing|Status update|Budget planning|Design "
        "review|Site visit|Training|Executive briefing|Pricing discussion");
    return names;
}

const QStringList &taskTopics()
{
    static const QStringList names = split(
        "Send proposal|Follow up on quote|Prepare contract|Call back about invoice|Update "
        "forecast|Book venue|Check delivery date|Collect feedback|Renew licence|Schedule training");
    return names;
}

const QStringList &emailTopics()
{
    static const QStringList names = split(
        "Renewal terms|Quote for 200 licences|Invoice question|Delivery schedule|Meeting notes|"
        "Proposal draft|Support ticket|Price update|Contract amendment|Onboarding plan|Training "
        "dates|Feedback on the demo");
    return names;
}

const QStringList &rooms()
{
    static const QStringList names =
        split("Room 4|Room 7|Room 12|Board room|Teams|Customer site|Cafeteria|Room 2");
    return names;
}

const QStringList &strangerSenders()
{
    static const QStringList names =
        split("newsletter@industry-weekly.com|noreply@conference-hub.com|events@trade-fair.eu|"
              "offers@office-supplies.com|alerts@monitoring.example|hr@contoso.com|it@contoso.com|"
              "recruiter@talent-search.com");
    return names;
}

QString asciiWord(const QString &text)
{
    QString word;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            word += c;
    }
    return word;
}

QString domainOf(const QString &company)
{
    return asciiWord(company) + QStringLiteral(".com");
}

QString isoText(const QDateTime &t)
{
    const QDate date = t.date();
    const QTime time = t.time();
    if (!t.isValid() || t.timeSpec() != Qt::UTC || date.year() < 0 || date.year() > 9999)
        return t.toString(Qt::ISODate);
    char text[] = "0000-00-00T00:00:00Z";
    auto put = [&text](int at, int value, int digits) {
        for (int d = digits - 1; d >= 0; --d, value /= 10)
            text[at + d] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    return QString::fromLatin1(text, sizeof text - 1);
}

} // namespace SyncLens::SandboxNames
