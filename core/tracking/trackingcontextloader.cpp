#include "trackingcontextloader.h"

#include "model/orgreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens {

Result<TrackingContextLoader::Loaded> TrackingContextLoader::load(OrgReader &store,
                                                                  const QString &mailboxId,
                                                                  const SenderDirectory &senders)
{
    const auto mailbox = store.mailbox(mailboxId);
    if (!mailbox)
        return mailbox.error();
    if (!mailbox->has_value())
        return makeError(Error::Code::NotFound, tr("there is no mailbox \"%1\"").arg(mailboxId));
    const QString userId = (*mailbox)->userId;
    const auto user = store.user(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(Error::Code::Corrupt,
                         tr("the mailbox %1 belongs to no user (\"%2\")").arg(mailboxId, userId));
    auto folders = trackedFolders(store, mailboxId);
    if (!folders)
        return folders.error();
    const auto users = store.users();
    if (!users)
        return users.error();
    Loaded loaded{**user, {}};
    loaded.context.emailFiltering = loaded.user.emailFiltering;
    loaded.context.trackedFolders = *folders;
    loaded.context.userAddresses = userAddressesOf(*users);
    loaded.context.findSender = [&senders](const QString &address) {
        return senders.find(address);
    };
    return loaded;
}

Result<QHash<QString, QString>> TrackingContextLoader::trackedFolders(OrgReader &store,
                                                                      const QString &mailboxId)
{
    const auto text = store.metaValue(TrackedFoldersKey);
    if (!text)
        return text.error();
    QHash<QString, QString> folders;
    if (text->isEmpty())
        return folders;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (!doc.isObject())
        return makeError(
            Error::Code::Corrupt,
            tr("the org's tracked folders are damaged (%1)").arg(parseError.errorString()));
    const QJsonObject mine = doc.object().value(mailboxId).toObject();
    for (auto it = mine.begin(); it != mine.end(); ++it)
        folders.insert(it.key(), it.value().toString());
    return folders;
}

} // namespace SyncLens
