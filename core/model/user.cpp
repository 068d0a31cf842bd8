#include "user.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using FilteringName = EnumName<EmailFiltering>;
constexpr std::array kFilteringNames{
    FilteringName{EmailFiltering::All, QLatin1String("all")},
    FilteringName{EmailFiltering::Responses, QLatin1String("responses")},
    FilteringName{EmailFiltering::Records, QLatin1String("records")},
    FilteringName{EmailFiltering::EmailEnabled, QLatin1String("emailEnabled")},
    FilteringName{EmailFiltering::None, QLatin1String("none")},
};
} // namespace

QString emailFilteringName(EmailFiltering value)
{
    return nameOf<EmailFiltering>(kFilteringNames, value);
}

std::optional<EmailFiltering> emailFilteringFromName(QStringView name)
{
    return valueOf<EmailFiltering>(kFilteringNames, name);
}

} // namespace SyncLens
