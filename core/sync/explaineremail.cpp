#include "sync/explainer.h"
namespace SyncLens {
QString Explainer::emailTrackingSentence(const JournalEntry &e)
{
    return reasonCodeName(e.code);
}
QStringList Explainer::emailAdvice(const JournalEntry &)
{
    return {};
}
} // namespace SyncLens
