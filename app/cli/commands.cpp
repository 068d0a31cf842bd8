#include "command.h"
#include "orginfocommand.h"
#include "sandboxcreatecommand.h"

namespace SyncLens::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SandboxCreateCommand>());
    commands.push_back(std::make_unique<OrgInfoCommand>());
    return commands;
}

} // namespace SyncLens::Cli
