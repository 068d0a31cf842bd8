#include "command.h"
#include "emailexplaincommand.h"
#include "filtercommands.h"
#include "livecheckcommand.h"
#include "livecommands.h"
#include "livelogincommand.h"
#include "orginfocommand.h"
#include "reportcommand.h"
#include "sandboxcreatecommand.h"
#include "scenariocommand.h"
#include "synccommands.h"

namespace SyncLens::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SandboxCreateCommand>());
    commands.push_back(std::make_unique<OrgInfoCommand>());
    commands.push_back(std::make_unique<FilterDescribeCommand>());
    commands.push_back(std::make_unique<FilterCheckCommand>());
    commands.push_back(std::make_unique<FilterPreviewCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<ExplainCommand>());
    commands.push_back(std::make_unique<WhyCommand>());
    commands.push_back(std::make_unique<JournalCommand>());
    commands.push_back(std::make_unique<ScenarioRunCommand>());
    commands.push_back(std::make_unique<EmailExplainCommand>());
    commands.push_back(std::make_unique<LiveLoginCommand>());
    commands.push_back(std::make_unique<LiveImportCommand>());
    commands.push_back(std::make_unique<LiveRefreshCommand>());
    commands.push_back(std::make_unique<MailboxesCommand>());
    commands.push_back(std::make_unique<FilterListCommand>());
    commands.push_back(std::make_unique<LiveCheckFiltersCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace SyncLens::Cli
