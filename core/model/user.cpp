#include "user.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using N = EnumName<EmailFiltering>;
constexpr std::array kNames{
    N{EmailFiltering::All, QLatin1String("all")},
    N{EmailFiltering::Responses, QLatin1String("responses")},
    N{EmailFiltering::Records, QLatin1String("records")},
    N{EmailFiltering::EmailEnabled, QLatin1String("emailEnabled")},
    N{EmailFiltering::None, QLatin1String("none")},
};
} // namespace

QString emailFilteringName(EmailFiltering value)
{
    return nameOf<EmailFiltering>(kNames, value);
}

std::optional<EmailFiltering> emailFilteringFromName(QStringView name)
{
    return valueOf<EmailFiltering>(kNames, name);
}

} // namespace SyncLens
