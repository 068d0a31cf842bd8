<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SyncLens::AlertListModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a reason code such as MAILBOX_NOT_APPROVED, %2 its meaning</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <extracomment>The time of an alert (simulated clock, UTC)</extracomment>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SyncLens::BulkApplyDialog</name>
    <message>
        <source>Apply “%1” to Other Users</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>Appliquer «&#xa0;%1&#xa0;» à d’autres utilisateurs</translation>
    </message>
    <message>
        <source>Tick the users who should get “%1”. Each gets a copy (replacing their filter of the same name); the table shows what it does to each user&apos;s %2 before anything is saved.</source>
        <translation>Cochez les utilisateurs qui doivent recevoir «&#xa0;%1&#xa0;». Chacun en reçoit une copie (qui remplace son filtre du même nom)&#xa0;; le tableau montre son effet sur les %2 de chaque utilisateur avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Users and what the filter would do to their scope</source>
        <translation>Utilisateurs et effet du filtre sur leur périmètre</translation>
    </message>
    <message>
        <source>&amp;Disable their other filters of %1</source>
        <extracomment>%1 e.g. &quot;appointments&quot;</extracomment>
        <translation>&amp;Désactiver leurs autres filtres de %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n user(s)</source>
        <translation>
            <numerusform>Appliquer à %n utilisateur</numerusform>
            <numerusform>Appliquer à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No user is ticked.</source>
        <translation>Aucun utilisateur n’est coché.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Aperçu en cours…</translation>
    </message>
    <message>
        <source>In all: %1 enter, %2 leave, %3 stay. Filters only limit CRM → Outlook: leaving records stay in Outlook without CRM changes, and edits there still change CRM.</source>
        <extracomment>%1 e.g. &quot;12 appointments&quot;</extracomment>
        <translation>Au total&#xa0;: %1 entrants, %2 sortants, %3 restants. Les filtres ne limitent que le sens CRM → Outlook&#xa0;: les enregistrements sortants restent dans Outlook sans recevoir les modifications CRM, et les modifications qui y sont faites modifient toujours CRM.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Écriture dans %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Write to %n user(s) in %1</source>
        <translation>
            <numerusform>Écrire pour %n utilisateur dans %1</numerusform>
            <numerusform>Écrire pour %n utilisateurs dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::BulkPreviewModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Their filters of this type now</source>
        <translation>Leurs filtres actuels de ce type</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>SyncLens::CauseDescriber</name>
    <message>
        <source>(FetchXML that cannot be read)</source>
        <translation>(FetchXML illisible)</translation>
    </message>
    <message>
        <source>all email messages</source>
        <translation>tous les messages électroniques</translation>
    </message>
    <message>
        <source>email messages in response to CRM email</source>
        <translation>messages électroniques en réponse à un e-mail CRM</translation>
    </message>
    <message>
        <source>email messages from leads, contacts and accounts</source>
        <translation>messages électroniques provenant de prospects, contacts et comptes</translation>
    </message>
    <message>
        <source>email messages from email-enabled records</source>
        <translation>messages électroniques provenant d’enregistrements à extension messagerie</translation>
    </message>
    <message>
        <source>no email messages</source>
        <translation>aucun message électronique</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>an org setting and its new value, e.g. sync.outOfScope = delete</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>There is no filter version %1.</source>
        <translation>Il n’existe pas de version %1 du filtre.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <source>%1 changed their sync filter “%2”</source>
        <extracomment>%1 who, %2 the filter&apos;s name: a user changed a filter of their own</extracomment>
        <translation>%1 a modifié son filtre de synchronisation «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 removed their sync filter “%2”</source>
        <translation>%1 a supprimé son filtre de synchronisation «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 removed the sync filter “%2” of %3</source>
        <extracomment>%1 who, %2 the filter&apos;s name, %3 whose filter</extracomment>
        <translation>%1 a supprimé le filtre de synchronisation «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <source>%1 created the sync filter “%2” of %3</source>
        <translation>%1 a créé le filtre de synchronisation «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <source>%1 changed the sync filter “%2” of %3</source>
        <translation>%1 a modifié le filtre de synchronisation «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Un administrateur</translation>
    </message>
    <message>
        <source>%1 changed the org&apos;s synchronization settings</source>
        <translation>%1 a modifié les paramètres de synchronisation de l’organisation</translation>
    </message>
    <message>
        <source>%1 changed which email messages are tracked automatically</source>
        <extracomment>%1 whose setting; then which email messages are tracked, before and after</extracomment>
        <translation>%1 a modifié le choix des messages électroniques suivis automatiquement</translation>
    </message>
    <message>
        <source>%1 approved the mailbox of %2</source>
        <translation>%1 a approuvé la boîte aux lettres de %2</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of the mailbox of %2</source>
        <translation>%1 a retiré l’approbation de la boîte aux lettres de %2</translation>
    </message>
    <message>
        <source>%1 enabled the mailbox of %2 (Test &amp; Enable)</source>
        <translation>%1 a activé la boîte aux lettres de %2 («&#xa0;Tester et activer&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 disabled the mailbox of %2</source>
        <translation>%1 a désactivé la boîte aux lettres de %2</translation>
    </message>
    <message>
        <source>The mailbox of %1 started failing</source>
        <translation>La boîte aux lettres de %1 est passée en échec</translation>
    </message>
    <message>
        <source>The mailbox of %1 recovered</source>
        <translation>La boîte aux lettres de %1 fonctionne de nouveau</translation>
    </message>
</context>
<context>
    <name>SyncLens::CauseDialog</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>%1 · version %2 of the filter</source>
        <translation>%1 · version %2 du filtre</translation>
    </message>
    <message>
        <source>The filter did not exist.</source>
        <translation>Le filtre n’existait pas.</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Nouvelles valeurs</translation>
    </message>
    <message>
        <source>The filter was removed.</source>
        <translation>Le filtre a été supprimé.</translation>
    </message>
</context>
<context>
    <name>SyncLens::Cli::Command</name>
    <message>
        <source>--org FILE is needed</source>
        <translation>--org FICHIER est requis</translation>
    </message>
    <message>
        <source>--%1: expected a whole number, not &quot;%2&quot;</source>
        <translation>--%1&#xa0;: nombre entier attendu, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Usage: synclens-cli COMMAND [options]

SyncLens makes Dynamics 365 Server-Side Synchronization visible.

Commands:
</source>
        <translation>Utilisation&#xa0;: synclens-cli COMMANDE [options]

SyncLens rend visible la synchronisation côté serveur de Dynamics 365.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Commands of %1:
</source>
        <translation>Commandes de %1&#xa0;:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;synclens-cli --help&apos; for the list</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; exécutez «&#xa0;synclens-cli --help&#xa0;» pour en obtenir la liste</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>Sync filters</source>
        <translation>Filtres de synchro</translation>
    </message>
    <message>
        <source>CRM records</source>
        <translation>Enregistrements CRM</translation>
    </message>
    <message>
        <source>Exchange items</source>
        <translation>Éléments Exchange</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Show what an org file holds: counts per type, users, mailboxes, schema version.</source>
        <translation>Afficher le contenu d’un fichier d’organisation&#xa0;: nombres par type, utilisateurs, boîtes aux lettres, version du schéma.</translation>
    </message>
    <message>
        <source>Explain why an email is, or is not, tracked in CRM.</source>
        <translation>Expliquer pourquoi un e-mail est suivi, ou non, dans CRM.</translation>
    </message>
    <message>
        <source>The org file.</source>
        <translation>Le fichier d’organisation.</translation>
    </message>
    <message>
        <source>The email&apos;s message id, as in the mailbox.</source>
        <translation>L’ID de message de l’e-mail, tel qu’il figure dans la boîte aux lettres.</translation>
    </message>
    <message>
        <source>email explain needs --%1</source>
        <translation>email explain nécessite --%1</translation>
    </message>
    <message>
        <source>no email with the message id &quot;%1&quot; in any mailbox of %2</source>
        <translation>aucun e-mail avec l’ID de message «&#xa0;%1&#xa0;» dans les boîtes aux lettres de %2</translation>
    </message>
    <message>
        <source>In %1&apos;s mailbox (%2):
</source>
        <translation>Dans la boîte aux lettres de %1 (%2)&#xa0;:
</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un seul document JSON.</translation>
    </message>
    <message>
        <source>Explain an item&apos;s history in plain language, and what would change it.</source>
        <translation>Expliquer en langage clair l’historique d’un élément, et ce qui le changerait.</translation>
    </message>
    <message>
        <source>The item&apos;s id (a record id or an email&apos;s message id).</source>
        <translation>L’ID de l’élément (un ID d’enregistrement ou l’ID de message d’un e-mail).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>explain needs --item ID</source>
        <translation>explain nécessite --item ID</translation>
    </message>
    <message>
        <source>%1: no decision about item %2 (is it synchronised yet?)</source>
        <translation>%1&#xa0;: aucune décision concernant l’élément %2 (est-il déjà synchronisé&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)

</source>
        <translation>%1 (%2 %3)

</translation>
    </message>
    <message>
        <source>What would change it:
</source>
        <translation>Ce qui changerait le résultat&#xa0;:
</translation>
    </message>
    <message>
        <source>Find items by subject, person or id and say why they moved or did not.</source>
        <translation>Rechercher des éléments par objet, personne ou ID et expliquer pourquoi ils ont été synchronisés ou non.</translation>
    </message>
    <message>
        <source>What you remember: a subject, a name or an id.</source>
        <translation>Ce dont vous vous souvenez&#xa0;: un objet, un nom ou un ID.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>why needs the text to search for</source>
        <translation>why nécessite le texte à rechercher</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.
</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>%1 (%2 %3)
</source>
        <translation>%1 (%2 %3)
</translation>
    </message>
    <message>
        <source>  Latest: %1
</source>
        <translation>  Plus récent&#xa0;: %1
</translation>
    </message>
    <message>
        <source>List the engine&apos;s decisions, newest first, by item, mailbox or code.</source>
        <translation>Lister les décisions du moteur, les plus récentes en premier, par élément, boîte aux lettres ou code.</translation>
    </message>
    <message>
        <source>Only this item.</source>
        <translation>Seulement cet élément.</translation>
    </message>
    <message>
        <source>Only this mailbox.</source>
        <translation>Seulement cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Only this reason code (e.g. LEFT_SCOPE).</source>
        <translation>Seulement ce code de raison (p. ex. LEFT_SCOPE).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>Au plus ce nombre de décisions (100 par défaut).</translation>
    </message>
    <message>
        <source>--code: unknown reason code &quot;%1&quot;</source>
        <translation>--code&#xa0;: code de raison inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>org info needs exactly one FILE</source>
        <translation>org info nécessite exactement un FICHIER</translation>
    </message>
    <message>
        <source>Create a deterministic sandbox org: people, companies, meetings, tasks, filters and a year of email.</source>
        <translation>Créer une organisation bac à sable déterministe&#xa0;: personnes, sociétés, réunions, tâches, filtres et un an d’e-mails.</translation>
    </message>
    <message>
        <source>Number of users and mailboxes (1 to 10000).</source>
        <translation>Nombre d’utilisateurs et de boîtes aux lettres (1 à 10000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of CRM records and Exchange items in all.</source>
        <translation>Nombre total d’enregistrements CRM et d’éléments Exchange.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same org.</source>
        <translation>Graine&#xa0;: la même graine donne la même organisation.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The org file to write.</source>
        <translation>Le fichier d’organisation à écrire.</translation>
    </message>
    <message>
        <source>The org&apos;s name.</source>
        <translation>Le nom de l’organisation.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s’il existe.</translation>
    </message>
    <message>
        <source>sandbox create needs --out FILE</source>
        <translation>sandbox create nécessite --out FICHIER</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0, not %1</source>
        <translation>--seed&#xa0;: nombre entier supérieur ou égal à 0 attendu, et non %1</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE (or - for standard input)</source>
        <translation>%1 nécessite exactement un FICHIER (ou - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>Say in plain language what a FetchXML sync filter selects.</source>
        <translation>Décrire en langage clair ce que sélectionne un filtre de synchronisation FetchXML.</translation>
    </message>
    <message>
        <source>The FetchXML file, or - for standard input.</source>
        <translation>Le fichier FetchXML, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>FICHIER|-</translation>
    </message>
    <message>
        <source>Check a FetchXML sync filter; errors name their line and column.</source>
        <translation>Vérifier un filtre de synchronisation FetchXML&#xa0;; chaque erreur indique sa ligne et sa colonne.</translation>
    </message>
    <message>
        <source>%1: a valid sync filter
</source>
        <translation>%1&#xa0;: filtre de synchronisation valide
</translation>
    </message>
    <message>
        <source>%1: a filter of %2 records, not of %3 records</source>
        <translation>%1&#xa0;: filtre d’enregistrements de type %2, et non %3</translation>
    </message>
    <message>
        <source>filter preview needs --%1</source>
        <translation>filter preview nécessite --%1</translation>
    </message>
    <message>
        <source>--type must be contact, appointment or task, not &quot;%1&quot;</source>
        <translation>--type doit être contact, appointment ou task, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no user &quot;%2&quot;</source>
        <translation>%1 n’a pas d’utilisateur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the stored filter %2 (%3) is broken: %4</source>
        <translation>%1&#xa0;: le filtre enregistré %2 (%3) est endommagé&#xa0;: %4</translation>
    </message>
    <message>
        <source>  — now fails: %1</source>
        <translation>  — ne satisfait plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation>  … et %1 autres
</translation>
    </message>
    <message>
        <source>Preview which records a proposed filter brings into or out of a user&apos;s scope.</source>
        <translation>Prévisualiser les enregistrements qu’un filtre proposé fait entrer dans le périmètre d’un utilisateur, ou en sortir.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BD</translation>
    </message>
    <message>
        <source>The user&apos;s id.</source>
        <translation>L’ID de l’utilisateur.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>contact, appointment or task.</source>
        <translation>contact, appointment ou task.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The proposed filter: replaces the user&apos;s filters of that type.</source>
        <translation>Le filtre proposé&#xa0;: il remplace les filtres de l’utilisateur pour ce type.</translation>
    </message>
    <message>
        <source>Records listed per group (0: all).</source>
        <translation>Enregistrements listés par groupe (0&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Preview for %1 (%2), %3 records
</source>
        <translation>Aperçu pour %1 (%2), enregistrements de type %3
</translation>
    </message>
    <message>
        <source>Current:  %1 — %2
</source>
        <translation>Actuel&#xa0;:   %1 — %2
</translation>
    </message>
    <message>
        <source>Proposed: %1
</source>
        <translation>Proposé&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>Entering %1, leaving %2, staying %3, outside %4
</source>
        <translation>Entrants %1, sortants %2, restants %3, hors périmètre %4
</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Play scenario files as checks: a PASS or FAIL line per check.</source>
        <translation>Exécuter des fichiers de scénario comme des vérifications&#xa0;: une ligne PASS ou FAIL par vérification.</translation>
    </message>
    <message>
        <source>Scenario files.</source>
        <translation>Fichiers de scénario.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FICHIER…</translation>
    </message>
    <message>
        <source>scenario run needs at least one FILE</source>
        <translation>scenario run nécessite au moins un FICHIER</translation>
    </message>
    <message>
        <source>Run synchronisation cycles on an org&apos;s simulated clock.</source>
        <translation>Exécuter des cycles de synchronisation sur l’horloge simulée d’une organisation.</translation>
    </message>
    <message>
        <source>Run cycles a step apart until this time (ISO 8601, UTC).</source>
        <translation>Exécuter des cycles espacés d’un pas jusqu’à cette heure (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Run this many cycles (default 1).</source>
        <translation>Exécuter ce nombre de cycles (1 par défaut).</translation>
    </message>
    <message>
        <source>Simulated minutes between cycles (default 15).</source>
        <translation>Minutes simulées entre deux cycles (15 par défaut).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>give --until or --cycles, not both</source>
        <translation>indiquez --until ou --cycles, mais pas les deux</translation>
    </message>
    <message>
        <source>--step and --cycles must be at least 1</source>
        <translation>--step et --cycles doivent valoir au moins 1</translation>
    </message>
    <message>
        <source>--until: &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>--until&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>--until %1 is before the org&apos;s clock (%2)</source>
        <translation>--until %1 est antérieur à l’horloge de l’organisation (%2)</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) to %1: %2 decisions in %3 s
</source>
        <translation>
            <numerusform>%n cycle jusqu’à %1&#xa0;: %2 décisions en %3 s
</numerusform>
            <numerusform>%n cycles jusqu’à %1&#xa0;: %2 décisions en %3 s
</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a Dynamics 365 org and keep the sign-in in the system keychain.</source>
        <translation>Se connecter à une organisation Dynamics 365 et garder la connexion dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The environment URL, such as https://contoso.crm.dynamics.com.</source>
        <translation>L’URL de l’environnement, par exemple https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The tenant: organizations (default), a domain or a tenant id.</source>
        <translation>Le locataire&#xa0;: organizations (par défaut), un domaine ou un ID de locataire.</translation>
    </message>
    <message>
        <source>The application (client) id; Microsoft&apos;s sample public client by default.</source>
        <translation>L’ID d’application (client)&#xa0;; par défaut le client public d’exemple de Microsoft.</translation>
    </message>
    <message>
        <source>The sign-in authority (default https://login.microsoftonline.com).</source>
        <translation>L’autorité de connexion (par défaut https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>Sign in in a browser: prints the URL to open and waits for the answer on 127.0.0.1.</source>
        <translation>Se connecter dans un navigateur&#xa0;: affiche l’URL à ouvrir et attend la réponse sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Sign in on any device with a code (for SSH sessions).</source>
        <translation>Se connecter sur n’importe quel appareil avec un code (pour les sessions SSH).</translation>
    </message>
    <message>
        <source>Read an application user&apos;s client secret from standard input, check it and keep it in the keychain.</source>
        <translation>Lire le secret client d’un utilisateur d’application sur l’entrée standard, le vérifier et le garder dans le trousseau.</translation>
    </message>
    <message>
        <source>live login needs one of --browser, --device-code or --client-secret-stdin</source>
        <translation>live login demande l’une des options --browser, --device-code ou --client-secret-stdin</translation>
    </message>
    <message>
        <source>live login needs --url URL</source>
        <translation>live login demande --url URL</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1
</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter&#xa0;:
%1
</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (before %3 UTC).
</source>
        <translation>Pour vous connecter, ouvrez %1 sur n’importe quel appareil et saisissez le code %2 (avant %3 UTC).
</translation>
    </message>
    <message>
        <source>--client-secret-stdin: nothing came on standard input</source>
        <translation>--client-secret-stdin&#xa0;: rien n’est arrivé sur l’entrée standard</translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s answer on 127.0.0.1:%1 (Ctrl+C stops)…</source>
        <translation>Attente de la réponse du navigateur sur 127.0.0.1:%1 (Ctrl+C arrête)…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 (Ctrl+C stops)…</source>
        <translation>Attente de la connexion auprès de %1 (Ctrl+C arrête)…</translation>
    </message>
    <message>
        <source>signed in, but the sign-in could not be kept: %1</source>
        <translation>connecté, mais la connexion n’a pas pu être gardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client secret for %1 works; it is kept in the system keychain.
</source>
        <translation>Le secret client pour %1 fonctionne&#xa0;; il est gardé dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>Signed in to %1; the sign-in is kept in the system keychain.
</source>
        <translation>Connecté à %1&#xa0;; la connexion est gardée dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>List sync filters: owner, record type, kind, active, FetchXML, sentence.</source>
        <translation>Lister les filtres de synchronisation : propriétaire, type d&apos;enregistrement, genre, actif, FetchXML, phrase.</translation>
    </message>
    <message>
        <source>Only this user&apos;s filters (id, address or name).</source>
        <translation>Seulement les filtres de cet utilisateur (identifiant, adresse ou nom).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in %2</source>
        <translation>aucun utilisateur « %1 » dans %2</translation>
    </message>
    <message>
        <source>(cannot be read: %1)</source>
        <translation>(illisible : %1)</translation>
    </message>
    <message>
        <source>%1  %2 &lt;%3&gt;  %4  &quot;%5&quot;  %6, %7
  %8
</source>
        <translation>%1  %2 &lt;%3&gt;  %4  « %5 »  %6, %7
  %8
</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Read a Dynamics 365 org (read-only) into an org file.</source>
        <translation>Lire une organisation Dynamics 365 (en lecture seule) dans un fichier d&apos;organisation.</translation>
    </message>
    <message>
        <source>The environment URL, e.g. https://contoso.crm.dynamics.com.</source>
        <translation>L&apos;URL de l&apos;environnement, par ex. https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>The org file to write (replaced only when complete).</source>
        <translation>Le fichier d&apos;organisation à écrire (remplacé seulement une fois complet).</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant.</source>
        <translation>Le locataire Microsoft Entra.</translation>
    </message>
    <message>
        <source>The app registration&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>browser, device-code or client-secret (the secret from SYNCLENS_CLIENT_SECRET or the keychain).</source>
        <translation>browser, device-code ou client-secret (le secret vient de SYNCLENS_CLIENT_SECRET ou du trousseau).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Alerts and tracked emails of the last N days (default 14).</source>
        <translation>Alertes et e-mails suivis des N derniers jours (par défaut 14).</translation>
    </message>
    <message>
        <source>live import needs --url URL and --out FILE</source>
        <translation>live import demande --url URL et --out FICHIER</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650</source>
        <translation>--days doit être entre 1 et 3650</translation>
    </message>
    <message>
        <source>Read a live org file&apos;s org again, signed in the same way.</source>
        <translation>Relire l&apos;organisation d&apos;un fichier en direct, avec la même connexion.</translation>
    </message>
    <message>
        <source>The live org file.</source>
        <translation>Le fichier d&apos;organisation en direct.</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1 : %2 lus</translation>
    </message>
    <message>
        <source>The org is busy (HTTP 429) while reading %1: waiting %2 s as it asks…</source>
        <translation>L&apos;organisation est occupée (HTTP 429) pendant la lecture de %1 : attente de %2 s comme elle le demande…</translation>
    </message>
    <message>
        <source>%1 users, %2 mailboxes, %3 alerts, %4 sync filters, %5 records, %6 emails (%7 requests)</source>
        <translation>%1 utilisateurs, %2 boîtes aux lettres, %3 alertes, %4 filtres de synchronisation, %5 enregistrements, %6 e-mails (%7 requêtes)</translation>
    </message>
    <message>
        <source>--authority: %1</source>
        <translation>--authority : %1</translation>
    </message>
    <message>
        <source>--auth must be browser, device-code or client-secret, not &quot;%1&quot;</source>
        <translation>--auth doit être browser, device-code ou client-secret, pas « %1 »</translation>
    </message>
    <message>
        <source>--auth client-secret needs --tenant and --client-id (the application user&apos;s app registration)</source>
        <translation>--auth client-secret demande --tenant et --client-id (l&apos;inscription d&apos;application de l&apos;utilisateur d&apos;application)</translation>
    </message>
    <message>
        <source>No client secret for %1 and client id %2: set SYNCLENS_CLIENT_SECRET, or save it with synclens-cli live login --client-secret-stdin</source>
        <translation>Aucun secret client pour %1 et l&apos;identifiant client %2 : définissez SYNCLENS_CLIENT_SECRET, ou enregistrez-le avec synclens-cli live login --client-secret-stdin</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>  incoming %1, outgoing %2, act %3; approval %4
</source>
        <translation>  entrant %1, sortant %2, ACT %3 ; approbation %4
</translation>
    </message>
    <message>
        <source>  enabled: incoming %1, outgoing %2, act %3
</source>
        <translation>  activé : entrant %1, sortant %2, ACT %3
</translation>
    </message>
    <message>
        <source>  last successful sync %1
</source>
        <translation>  dernière synchronisation réussie %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>  last error: %1
</source>
        <translation>  dernière erreur : %1
</translation>
    </message>
    <message>
        <source>List mailboxes with their statuses, approval, last sync and alerts.</source>
        <translation>Lister les boîtes aux lettres avec leurs états, leur approbation, leur dernière synchronisation et leurs alertes.</translation>
    </message>
    <message>
        <source>
Run &apos;synclens-cli COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 done, 1 a check failed, 2 bad input or usage, 3 the org or
the network refused.
</source>
        <translation>
&apos;synclens-cli COMMANDE --help&apos; affiche les options d&apos;une commande.
Code de sortie : 0 terminé, 1 une vérification a échoué, 2 entrée ou usage invalide,
3 l&apos;organisation ou le réseau a refusé.
</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): </source>
        <translation>%1 — %2 (%3)&#xa0;: </translation>
    </message>
    <message>
        <source>not checked: %1
</source>
        <translation>non vérifié&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Dataverse agrees: %1 of %2
</source>
        <translation>Dataverse concorde&#xa0;: %1 sur %2
</translation>
    </message>
    <message>
        <source>differs on %1 of %2 records
</source>
        <translation>diffère sur %1 des %2 enregistrements
</translation>
    </message>
    <message>
        <source>  %1  only in %2: %3
</source>
        <translation>  %1  uniquement dans %2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>SyncLens</source>
        <translation>SyncLens</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Dataverse agrees on %1 of %2 records of %3 filters (%4 differ); %5 requests, %6 s
</source>
        <translation>Dataverse concorde sur %1 des %2 enregistrements de %3 filtres (%4 diffèrent)&#xa0;; %5 requêtes, %6 s
</translation>
    </message>
    <message>
        <source>Check SyncLens&apos;s evaluation of the sync filters against the org&apos;s own.</source>
        <translation>Comparer l’évaluation des filtres de synchronisation par SyncLens à celle de l’organisation.</translation>
    </message>
    <message>
        <source>Only this user&apos;s filters (id or email address).</source>
        <translation>Uniquement les filtres de cet utilisateur (ID ou adresse e-mail).</translation>
    </message>
    <message>
        <source>Read everything again, not only what changed since the last read (records deleted in the org go only then).</source>
        <translation>Tout relire, pas seulement ce qui a changé depuis la dernière lecture (les enregistrements supprimés dans l’organisation ne disparaissent qu’ainsi).</translation>
    </message>
    <message>
        <source>%1 rows that did not change were kept from the last read</source>
        <translation>%1 lignes inchangées ont été conservées de la dernière lecture</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter&#xa0;:
%1</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 sur n’importe quel appareil et saisissez le code %2.</translation>
    </message>
    <message>
        <source>%1 is not a live org (it is a %2 org); use live import first</source>
        <translation>%1 n’est pas une organisation en direct (c’est une organisation %2)&#xa0;; utilisez d’abord live import</translation>
    </message>
    <message>
        <source>%1 was imported with --auth %2; this command signs in with client-secret only in this build</source>
        <translation>%1 a été importé avec --auth %2&#xa0;; dans cette version, cette commande ne se connecte qu’avec client-secret</translation>
    </message>
    <message>
        <source>%1; use live import</source>
        <translation>%1&#xa0;; utilisez live import</translation>
    </message>
    <message>
        <source>Days the org lives before it is handed over: email arrives, meetings move, filters change, and the engine runs its cycles across them (0 to 365; 0: none).</source>
        <translation>Nombre de jours que vit l’organisation avant d’être livrée&#xa0;: des e-mails arrivent, des réunions sont déplacées, des filtres changent, et le moteur exécute ses cycles sur toute cette période (0 à 365&#xa0;; 0&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Created %1: %2 users, %3 items, seed %4, %5 days of history, in %6 s
</source>
        <translation>%1 créé&#xa0;: %2 utilisateurs, %3 éléments, graine %4, %5 jours d’historique, en %6 s
</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--page-size doit être a4 ou letter, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <source>Write the org&apos;s sync policy report as HTML or PDF.</source>
        <translation>Écrire le rapport de stratégie de synchronisation de l’organisation en HTML ou en PDF.</translation>
    </message>
    <message>
        <source>The report to write: FILE.html or FILE.pdf.</source>
        <translation>Le rapport à écrire&#xa0;: FICHIER.html ou FICHIER.pdf.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en, de or fr.</source>
        <translation>La langue du rapport&#xa0;: en, de ou fr.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only this user (id, address or name); may be repeated.</source>
        <translation>Uniquement cet utilisateur (ID, adresse ou nom)&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>PDF pages: a4 or letter (default: by the language&apos;s country).</source>
        <translation>Format des pages PDF&#xa0;: a4 ou letter (par défaut&#xa0;: selon le pays de la langue).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>report needs --%1</source>
        <translation>report nécessite --%1</translation>
    </message>
    <message>
        <source>--lang must be en, de or fr, not &quot;%1&quot;</source>
        <translation>--lang doit être en, de ou fr, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a PDF needs the program&apos;s graphics library</source>
        <translation>un PDF nécessite la bibliothèque graphique du programme</translation>
    </message>
    <message>
        <source>Gathering the report</source>
        <translation>Collecte des données du rapport</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 users, %3 findings)
</source>
        <translation>%1 écrit (%2 utilisateurs, %3 constats)
</translation>
    </message>
    <message>
        <source>%1 records deleted in the org since the last read were removed</source>
        <translation>%1 enregistrements supprimés dans l’organisation depuis la dernière lecture ont été retirés</translation>
    </message>
</context>
<context>
    <name>SyncLens::Cli::ProgressPrinter</name>
    <message>
        <source>%1: %2% (%3 of %4)</source>
        <extracomment>progress in a log: &quot;Creating org: 40% (400 of 1000)&quot;</extracomment>
        <translation>%1&#xa0;: %2&#xa0;% (%3 sur %4)</translation>
    </message>
</context>
<context>
    <name>SyncLens::ClientCredentialsProvider</name>
    <message>
        <source>The sign-in service refused the client id %1 or its secret: check the secret (SYNCLENS_CLIENT_SECRET or the one saved by live login) and that the app registration exists in tenant %2. It said: &quot;%3&quot;</source>
        <translation>Le service de connexion a refusé l&apos;identifiant client %1 ou son secret : vérifiez le secret (SYNCLENS_CLIENT_SECRET ou celui enregistré par live login) et que l&apos;inscription d&apos;application existe dans le locataire %2. Il a dit : « %3 »</translation>
    </message>
    <message>
        <source>The sign-in service refused the request for tenant &quot;%1&quot;: check the tenant (a domain like contoso.onmicrosoft.com or its id) and the authority %2. It said: &quot;%3&quot;</source>
        <translation>Le service de connexion a refusé la demande pour le locataire « %1 » : vérifiez le locataire (un domaine comme contoso.onmicrosoft.com ou son identifiant) et l&apos;autorité %2. Il a dit : « %3 »</translation>
    </message>
    <message>
        <source>The sign-in service does not know the environment %1 as a resource: check the URL. It said: &quot;%2&quot;</source>
        <translation>Le service de connexion ne connaît pas l&apos;environnement %1 comme ressource : vérifiez l&apos;URL. Il a dit : « %2 »</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1%2). It said: &quot;%3&quot;</source>
        <translation>La connexion a échoué (HTTP %1%2). Le service a dit : « %3 »</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in service at %1: %2</source>
        <translation>Le service de connexion à %1 est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ClientSecretSignIn</name>
    <message>
        <source>The client secret is empty.</source>
        <translation>Le secret client est vide.</translation>
    </message>
</context>
<context>
    <name>SyncLens::CompiledFilter</name>
    <message>
        <source>no records of type %1 are loaded</source>
        <translation>aucun enregistrement de type %1 n’est chargé</translation>
    </message>
    <message>
        <source>condition on %1: %2</source>
        <translation>condition sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no link-entity is called &quot;%1&quot;</source>
        <translation>aucun link-entity ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the column was not loaded</source>
        <translation>la colonne n’a pas été chargée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit operator %2</source>
        <translation>«&#xa0;%1&#xa0;» ne convient pas à l’opérateur %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur de type %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>link-entity %1: its columns were not loaded</source>
        <translation>link-entity %1&#xa0;: ses colonnes n’ont pas été chargées</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionGroupWidget</name>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>All of these (and)</source>
        <translation>Toutes ces conditions (et)</translation>
    </message>
    <message>
        <source>Any of these (or)</source>
        <translation>L’une de ces conditions (ou)</translation>
    </message>
    <message>
        <source>How the conditions of this group combine</source>
        <translation>Comment les conditions de ce groupe se combinent</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Supprimer ce groupe</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Supprimer ce groupe et ses conditions</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionRowWidget</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionTreeEditor</name>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>This filter joins related records (&lt;link-entity&gt;), which the condition editor cannot show. Edit it as FetchXML; the sentence and the preview follow.</source>
        <translation>Ce filtre joint des enregistrements associés (&lt;link-entity&gt;), que l’éditeur de conditions ne peut pas afficher. Modifiez-le en FetchXML&#xa0;; la phrase et l’aperçu suivent.</translation>
    </message>
    <message>
        <source>This filter has several top-level &lt;filter&gt; elements, which the condition editor cannot show. Edit it as FetchXML; the sentence and the preview follow.</source>
        <translation>Ce filtre comporte plusieurs éléments &lt;filter&gt; de premier niveau, que l’éditeur de conditions ne peut pas afficher. Modifiez-le en FetchXML&#xa0;; la phrase et l’aperçu suivent.</translation>
    </message>
    <message>
        <source>This filter has conditions on related records (entityname), which the condition editor cannot show. Edit it as FetchXML.</source>
        <translation>Ce filtre comporte des conditions sur des enregistrements associés (entityname), que l’éditeur de conditions ne peut pas afficher. Modifiez-le en FetchXML.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <extracomment>accessible name of a condition&apos;s value editor; %1 is a field (&quot;start time&quot;)</extracomment>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>values separated by ;</source>
        <translation>valeurs séparées par&#xa0;;</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConnectDialog</name>
    <message>
        <source>Connect to Dynamics 365</source>
        <translation>Se connecter à Dynamics 365</translation>
    </message>
    <message>
        <source>&amp;Remembered:</source>
        <translation>&amp;Récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Remove this connection from the list (its saved sign-in stays in the system keychain).</source>
        <translation>Retirer cette connexion de la liste (sa connexion enregistrée reste dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Environment &amp;URL:</source>
        <translation>&amp;URL de l’environnement&#xa0;:</translation>
    </message>
    <message>
        <source>https://contoso.crm.dynamics.com</source>
        <translation>https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>In the web browser</source>
        <translation>Dans le navigateur web</translation>
    </message>
    <message>
        <source>With a device code (any device)</source>
        <translation>Avec un code d’appareil (n’importe quel appareil)</translation>
    </message>
    <message>
        <source>With a client secret (application user)</source>
        <translation>Avec un secret client (utilisateur d’application)</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the system keychain only</source>
        <translation>Gardé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Aut&amp;hority:</source>
        <translation>Au&amp;torité&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;opy Code</source>
        <translation>Co&amp;pier le code</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>None yet: connections you sign in to appear here</source>
        <translation>Aucune pour l’instant&#xa0;: les connexions où vous vous connectez apparaissent ici</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>code d’appareil</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. SyncLens waits for its answer on this computer (127.0.0.1).</source>
        <translation>Connectez-vous dans la fenêtre du navigateur qui s’est ouverte. SyncLens attend sa réponse sur cet ordinateur (127.0.0.1).</translation>
    </message>
    <message>
        <source>Asking for a sign-in code…</source>
        <translation>Demande d’un code de connexion…</translation>
    </message>
    <message>
        <source>Enter the application user&apos;s client secret.</source>
        <translation>Saisissez le secret client de l’utilisateur d’application.</translation>
    </message>
    <message>
        <source>Checking the client secret…</source>
        <translation>Vérification du secret client…</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code:</source>
        <translation>Sur n’importe quel appareil, ouvrez &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; et saisissez ce code&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>SyncLens then writes nothing to the org: the filter designer&apos;s Save, Delete, Undo and Apply to Other Users stay off.</source>
        <translation>SyncLens n’écrit alors rien dans l’organisation&#xa0;: les commandes Enregistrer, Supprimer, Annuler la modification et Appliquer à d’autres utilisateurs du concepteur de filtres restent désactivées.</translation>
    </message>
</context>
<context>
    <name>SyncLens::CredentialStore</name>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Le trousseau du système a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::DatabaseFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1&#xa0;: n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a SyncLens org database (not an SQLite file)</source>
        <translation>%1&#xa0;: n’est pas une base de données d’organisation SyncLens (pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>%1: damaged SQLite header (page size %2)</source>
        <translation>%1&#xa0;: en-tête SQLite endommagé (taille de page %2)</translation>
    </message>
    <message>
        <source>%1: the file is truncated (%2 bytes of %3); restore it from a backup</source>
        <translation>%1&#xa0;: le fichier est tronqué (%2 octets sur %3)&#xa0;; restaurez-le à partir d’une sauvegarde</translation>
    </message>
</context>
<context>
    <name>SyncLens::DataverseClient</name>
    <message>
        <source>&quot;%1&quot; is not an environment URL; give one like https://contoso.crm.dynamics.com</source>
        <translation>« %1 » n&apos;est pas une URL d&apos;environnement ; indiquez-en une comme https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which SyncLens refuses except on this computer (127.0.0.1); use https://</source>
        <translation>%1 utilise http:// en clair, que SyncLens refuse sauf sur cet ordinateur (127.0.0.1) ; utilisez https://</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 à l&apos;octet %2 sur %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>SyncLens::DataverseErrors</name>
    <message>
        <source> The org said: &quot;%1&quot;</source>
        <translation> L&apos;organisation a dit : « %1 »</translation>
    </message>
    <message>
        <source>Reading %1 on behalf of another user was refused (HTTP 403): the signed-in account needs the privilege to manage users&apos; synchronization filters (prvAdminFilter) or to act on behalf of another user.%2</source>
        <translation>La lecture de %1 au nom d&apos;un autre utilisateur a été refusée (HTTP 403) : le compte connecté a besoin du privilège de gérer les filtres de synchronisation des utilisateurs (prvAdminFilter) ou d&apos;agir au nom d&apos;un autre utilisateur.%2</translation>
    </message>
    <message>
        <source>The signed-in account may not read %1 (HTTP 403): it lacks the privilege %2. Ask an administrator to give it a role that has it.%3</source>
        <translation>Le compte connecté ne peut pas lire %1 (HTTP 403) : il lui manque le privilège %2. Demandez à un administrateur un rôle qui l&apos;a.%3</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found for %2: is %3 the URL of a Dataverse environment (like https://contoso.crm.dynamics.com)?%4</source>
        <translation>%1 a répondu 404 Not Found pour %2 : %3 est-elle l&apos;URL d&apos;un environnement Dataverse (comme https://contoso.crm.dynamics.com) ?%4</translation>
    </message>
    <message>
        <source>The org refused the query for %1 as invalid (HTTP 400).%2</source>
        <translation>L&apos;organisation a refusé la requête pour %1 comme invalide (HTTP 400).%2</translation>
    </message>
    <message>
        <source>Reading %1 failed with HTTP %2.%3</source>
        <translation>La lecture de %1 a échoué avec HTTP %2.%3</translation>
    </message>
    <message>
        <source>The org refused the sign-in while reading %1 (HTTP 401), also with a fresh token: sign in again (synclens-cli live login) or check that the account is a user of this environment.%2</source>
        <translation>L&apos;organisation a refusé la connexion pendant la lecture de %1 (HTTP 401), même avec un nouveau jeton : reconnectez-vous (synclens-cli live login) ou vérifiez que le compte est un utilisateur de cet environnement.%2</translation>
    </message>
    <message>
        <source>Cannot find the host %1 while reading %2: check the environment URL and the network.</source>
        <translation>L&apos;hôte %1 est introuvable pendant la lecture de %2 : vérifiez l&apos;URL de l&apos;environnement et le réseau.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed while reading %2 (%3); SyncLens never ignores certificate errors.</source>
        <translation>La connexion sécurisée à %1 a échoué pendant la lecture de %2 (%3) ; SyncLens n&apos;ignore jamais les erreurs de certificat.</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>La lecture de %1 depuis %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The answer to %1 is not a complete JSON document (%2); nothing of it was used. Try again; if it persists, the URL may not be a Dataverse org.</source>
        <translation>La réponse à %1 n&apos;est pas un document JSON complet (%2) ; rien n&apos;en a été utilisé. Réessayez ; si cela persiste, l&apos;URL n&apos;est peut-être pas une organisation Dataverse.</translation>
    </message>
    <message>
        <source>Reading %1 failed %2 times (%3); the org or the network is not available now. Try again later.</source>
        <translation>La lecture de %1 a échoué %2 fois (%3) ; l&apos;organisation ou le réseau n&apos;est pas disponible pour l&apos;instant. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cancelled while reading %1.</source>
        <translation>Annulé pendant la lecture de %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::DayStory</name>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>Il n’y a pas d’utilisateur %1 dans cette organisation.</translation>
    </message>
    <message>
        <source>%1 has no mailbox.</source>
        <translation>%1 n’a pas de boîte aux lettres.</translation>
    </message>
</context>
<context>
    <name>SyncLens::DayView</name>
    <message>
        <source>Day View</source>
        <translation>Vue de la journée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>What happened that day</source>
        <translation>Ce qui s’est passé ce jour-là</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>Il n’y a pas d’utilisateur %1 dans cette organisation.</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <extracomment>a line of the day view: the time, the item or the change, what happened</extracomment>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Nothing happened to %1&apos;s meetings, tasks or contacts that day.</source>
        <translation>Rien n’est arrivé aux réunions, tâches ou contacts de %1 ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) happened to %1&apos;s meetings, tasks and contacts.</source>
        <translation>
            <numerusform>%n événement a concerné les réunions, tâches et contacts de %1.</numerusform>
            <numerusform>%n événements ont concerné les réunions, tâches et contacts de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed.</source>
        <translation>
            <numerusform>%n autre non listé.</numerusform>
            <numerusform>%n autres non listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day View — %1, %2</source>
        <translation>Vue de la journée — %1, %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::DraftStore</name>
    <message>
        <source>%1 cannot be created</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ExplainPanel</name>
    <message>
        <source>Open Filt&amp;er…</source>
        <translation>Ou&amp;vrir le filtre…</translation>
    </message>
    <message>
        <source>Show M&amp;ailbox</source>
        <translation>Afficher la b&amp;oîte aux lettres</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>Ce qui changerait le résultat</translation>
    </message>
    <message>
        <source>No item chosen</source>
        <translation>Aucun élément choisi</translation>
    </message>
    <message>
        <source>Search above, then choose an item.</source>
        <translation>Effectuez une recherche ci-dessus, puis choisissez un élément.</translation>
    </message>
    <message>
        <source>Why did my meeting … disappear? Type a subject, person or id</source>
        <translation>Pourquoi ma réunion … a-t-elle disparu&#xa0;? Tapez un objet, une personne ou un ID</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Rechercher des éléments</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Éléments trouvés</translation>
    </message>
    <message>
        <source>Histor&amp;y, oldest first:</source>
        <translation>Histori&amp;que, du plus ancien au plus récent&#xa0;:</translation>
    </message>
    <message>
        <source>The item&apos;s decisions</source>
        <translation>Les décisions concernant l’élément</translation>
    </message>
    <message>
        <source>A scenario&apos;s org is not searched: its steps choose the item.</source>
        <translation>L’organisation d’un scénario n’est pas recherchée&#xa0;: ses étapes choisissent l’élément.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation>Aucun élément ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The first %n items; type more to narrow them.</source>
        <translation>
            <numerusform>Le premier élément (%n)&#xa0;; tapez davantage pour affiner.</numerusform>
            <numerusform>Les %n premiers éléments&#xa0;; tapez davantage pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n élément trouvé.</numerusform>
            <numerusform>%n éléments trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the item&apos;s type (Appointment, Task, …), %2 its id</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — no decision about it yet: has a cycle run since it was made?</source>
        <translation>%1 — aucune décision le concernant pour l’instant&#xa0;: un cycle a-t-il été exécuté depuis sa création&#xa0;?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show the &amp;Change</source>
        <translation>Afficher la &amp;modification</translation>
    </message>
    <message>
        <source>&amp;Day View</source>
        <translation>&amp;Vue de la journée</translation>
    </message>
</context>
<context>
    <name>SyncLens::Explainer</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 passe de %2 à %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>there is no sync filter for %1</source>
        <translation>il n’existe aucun filtre de synchronisation pour les %1</translation>
    </message>
    <message>
        <source>it does not match “%1”</source>
        <translation>il ne correspond pas à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>either %1 or %2</source>
        <extracomment>the branches of an &quot;or&quot; the record fails: either A, B or C</extracomment>
        <translation>soit %1, soit %2</translation>
    </message>
    <message>
        <source>“%1” takes only %2 %3</source>
        <extracomment>e.g. “My appointments” takes only appointments that you own</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne prend que les %2 %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter: %1 (%2)</source>
        <translation>Filtre&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tracking token: %1</source>
        <translation>Jeton de suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matched header: %1</source>
        <translation>En-tête correspondant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared addresses: %1</source>
        <translation>Adresses communes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mailbox: %1 (%2), cycle %3 at %4</source>
        <translation>Boîte aux lettres&#xa0;: %1 (%2), cycle %3 du %4</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox: %2</source>
        <translation>Boîte aux lettres de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied to %1&apos;s Outlook because it matches the sync filter “%2”.</source>
        <translation>Copie créée dans l’Outlook de %1, car l’enregistrement correspond au filtre de synchronisation «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Copied to %1&apos;s Outlook.</source>
        <translation>Copie créée dans l’Outlook de %1.</translation>
    </message>
    <message>
        <source>CRM changes were sent to %1&apos;s Outlook: %2.</source>
        <translation>Les modifications CRM ont été envoyées dans l’Outlook de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Left %1&apos;s sync filters: %2. The copy stays in Outlook but no longer receives CRM changes, and edits made to it in Outlook still change CRM.</source>
        <translation>L’enregistrement est sorti des filtres de synchronisation de %1&#xa0;: %2. La copie reste dans Outlook mais ne reçoit plus les modifications CRM, et les modifications qui lui sont apportées dans Outlook modifient toujours CRM.</translation>
    </message>
    <message>
        <source>Left %1&apos;s sync filters: %2. The org removes copies that leave scope, so it was deleted from Outlook.</source>
        <translation>L’enregistrement est sorti des filtres de synchronisation de %1&#xa0;: %2. L’organisation supprime les copies qui sortent du périmètre&#xa0;; la copie a donc été supprimée d’Outlook.</translation>
    </message>
    <message>
        <source>%1 %2 (Outlook still shows %3)</source>
        <translation>%1&#xa0;: %2 (Outlook affiche toujours %3)</translation>
    </message>
    <message>
        <source>A CRM change was not sent to %1&apos;s Outlook: %2. The record is outside their sync filters: %3.</source>
        <translation>Une modification CRM n’a pas été envoyée dans l’Outlook de %1&#xa0;: %2. L’enregistrement est en dehors des filtres de synchronisation de %1&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Not copied to %1&apos;s Outlook: %2.</source>
        <translation>Aucune copie dans l’Outlook de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Deleted in CRM, so its copy was removed from %1&apos;s Outlook.</source>
        <translation>L’enregistrement a été supprimé dans CRM&#xa0;; sa copie a donc été retirée de l’Outlook de %1.</translation>
    </message>
    <message>
        <source>%1 tracked it in Outlook, so it was created in CRM, owned by %1 and regarding %2.</source>
        <translation>%1 a suivi cet élément dans Outlook&#xa0;; il a donc été créé dans CRM, avec %1 comme propriétaire, concernant %2.</translation>
    </message>
    <message>
        <source>%1 tracked it in Outlook, so it was created in CRM, owned by %1.</source>
        <translation>%1 a suivi cet élément dans Outlook&#xa0;; il a donc été créé dans CRM, avec %1 comme propriétaire.</translation>
    </message>
    <message>
        <source>Created in %1&apos;s Outlook but not tracked, so it stays in Outlook only and is not on the CRM timeline.</source>
        <translation>Cet élément a été créé dans l’Outlook de %1 mais n’est pas suivi&#xa0;; il reste donc uniquement dans Outlook et n’apparaît pas dans la chronologie CRM.</translation>
    </message>
    <message>
        <source>An edit in %1&apos;s Outlook changed CRM: %2.</source>
        <translation>Une modification dans l’Outlook de %1 a modifié CRM&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An edit in %1&apos;s Outlook overwrote CRM: %2. The record is outside %1&apos;s sync filters, so the CRM change had never reached Outlook, and Outlook&apos;s older value won.</source>
        <translation>Une modification dans l’Outlook de %1 a écrasé CRM&#xa0;: %2. L’enregistrement est en dehors des filtres de synchronisation de %1&#xa0;; la modification CRM n’avait donc jamais atteint Outlook, et l’ancienne valeur d’Outlook l’a emporté.</translation>
    </message>
    <message>
        <source>Changed in both CRM and %1&apos;s Outlook since the last cycle; the Outlook edit was the later one (or they were at the same time), so it won: %2.</source>
        <translation>L’enregistrement a été modifié à la fois dans CRM et dans l’Outlook de %1 depuis le dernier cycle&#xa0;; la modification Outlook était la plus récente (ou les deux étaient simultanées), elle l’a donc emporté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Changed in both CRM and %1&apos;s Outlook since the last cycle; the CRM edit was the later one, so it won and was copied to Outlook: %2.</source>
        <translation>L’enregistrement a été modifié à la fois dans CRM et dans l’Outlook de %1 depuis le dernier cycle&#xa0;; la modification CRM était la plus récente, elle l’a donc emporté et a été copiée dans Outlook&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook. The org keeps the CRM record and stops synchronising it with this mailbox.</source>
        <translation>L’élément a été supprimé dans l’Outlook de %1. L’organisation conserve l’enregistrement CRM et cesse de le synchroniser avec cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, and the org deletes linked CRM records, so it was deleted in CRM too and left the CRM timeline.</source>
        <translation>L’élément a été supprimé dans l’Outlook de %1, et l’organisation supprime les enregistrements CRM liés&#xa0;; il a donc aussi été supprimé dans CRM et a disparu de la chronologie CRM.</translation>
    </message>
    <message>
        <source>Enable, approve or set outgoing email to Server-Side Synchronization on the sender&apos;s mailbox; the email goes at the next cycle after that.</source>
        <translation>Activez ou approuvez la boîte aux lettres de l’expéditeur, ou définissez son courrier sortant sur la synchronisation côté serveur&#xa0;; l’e-mail partira au cycle suivant.</translation>
    </message>
    <message>
        <source>Give %1 a sync filter for this type of record.</source>
        <translation>Donnez à %1 un filtre de synchronisation pour ce type d’enregistrement.</translation>
    </message>
    <message>
        <source>Widen %1&apos;s filter %2 so that it includes this record.</source>
        <translation>Élargissez le filtre %2 de %1 pour qu’il inclue cet enregistrement.</translation>
    </message>
    <message>
        <source>Or set out-of-scope records to be removed from Outlook, so that a stale copy cannot overwrite CRM.</source>
        <translation>Ou configurez la suppression dans Outlook des enregistrements hors périmètre, afin qu’une copie obsolète ne puisse pas écraser CRM.</translation>
    </message>
    <message>
        <source>Enter the lost CRM value again.</source>
        <translation>Saisissez de nouveau la valeur CRM perdue.</translation>
    </message>
    <message>
        <source>Bring the record back into %1&apos;s filters, delete the stale copy in Outlook, or set out-of-scope records to be removed from Outlook.</source>
        <translation>Remettez l’enregistrement dans les filtres de %1, supprimez la copie obsolète dans Outlook, ou configurez la suppression dans Outlook des enregistrements hors périmètre.</translation>
    </message>
    <message>
        <source>If the CRM value was the right one, enter it again; it reaches Outlook at the next cycle.</source>
        <translation>Si la valeur CRM était la bonne, saisissez-la de nouveau&#xa0;; elle atteindra Outlook au cycle suivant.</translation>
    </message>
    <message>
        <source>Track it in Outlook (Track, with a regarding record) to bring it into CRM.</source>
        <translation>Suivez cet élément dans Outlook (Suivre, avec un enregistrement Concernant) pour l’importer dans CRM.</translation>
    </message>
    <message>
        <source>The record is still in CRM. To have it in Outlook again, track a copy in Outlook.</source>
        <translation>L’enregistrement est toujours dans CRM. Pour le retrouver dans Outlook, suivez une copie dans Outlook.</translation>
    </message>
    <message>
        <source>Restore the record in CRM. To keep CRM records when Outlook copies are deleted, set Exchange deletes to stop tracking instead.</source>
        <translation>Restaurez l’enregistrement dans CRM. Pour conserver les enregistrements CRM lorsque leurs copies Outlook sont supprimées, configurez plutôt les suppressions dans Exchange pour qu’elles arrêtent le suivi.</translation>
    </message>
    <message>
        <source>Restore the record in CRM to have it in Outlook again.</source>
        <translation>Restaurez l’enregistrement dans CRM pour le retrouver dans Outlook.</translation>
    </message>
    <message>
        <source>Approve %1&apos;s mailbox.</source>
        <translation>Approuvez la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Fix the cause, then run Test &amp; Enable on %1&apos;s mailbox.</source>
        <translation>Corrigez la cause, puis exécutez «&#xa0;Tester et activer&#xa0;» pour la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but %1 is not the organizer (%2 is), so the meeting stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <extracomment>%1 deleted the meeting in Outlook; %2 organises it</extracomment>
        <translation>Supprimée dans l&apos;Outlook de %1, mais %1 n&apos;est pas l&apos;organisateur (c&apos;est %2), donc la réunion reste dans le CRM et n&apos;est plus synchronisée avec la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the meeting was canceled, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>Supprimée dans l&apos;Outlook de %1, mais la réunion était annulée, donc elle reste dans le CRM et n&apos;est plus synchronisée avec la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the meeting was completed, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>Supprimée dans l&apos;Outlook de %1, mais la réunion était terminée, donc elle reste dans le CRM et n&apos;est plus synchronisée avec la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the meeting was already over, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>Supprimée dans l&apos;Outlook de %1, mais la réunion était déjà passée, donc elle reste dans le CRM et n&apos;est plus synchronisée avec la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the task was canceled, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>Supprimée dans l&apos;Outlook de %1, mais la tâche était annulée, donc elle reste dans le CRM et n&apos;est plus synchronisée avec la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the task was completed, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>Supprimée dans l&apos;Outlook de %1, mais la tâche était terminée, donc elle reste dans le CRM et n&apos;est plus synchronisée avec la boîte aux lettres de %1.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook. %1 organises the meeting and it was active and still ahead, so it was deleted in CRM too and left the CRM timeline.</source>
        <translation>Supprimée dans l&apos;Outlook de %1. %1 organise la réunion, qui était active et encore à venir, donc elle a aussi été supprimée dans le CRM et a quitté la chronologie du CRM.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook while the task was still open, so it was deleted in CRM too and left the CRM timeline.</source>
        <translation>Supprimée dans l&apos;Outlook de %1 alors que la tâche était encore ouverte, donc elle a aussi été supprimée dans le CRM et a quitté la chronologie du CRM.</translation>
    </message>
    <message>
        <source>Deleted in CRM, but %1 owns the contact, so the copy stays in %1&apos;s Outlook, no longer linked.</source>
        <translation>Supprimé dans le CRM, mais %1 est propriétaire du contact, donc la copie reste dans l&apos;Outlook de %1, sans lien.</translation>
    </message>
    <message>
        <source>Deleted in CRM, but the meeting was no longer active, so the copy stays in %1&apos;s Outlook, no longer linked.</source>
        <translation>Supprimée dans le CRM, mais la réunion n&apos;était plus active, donc la copie reste dans l&apos;Outlook de %1, sans lien.</translation>
    </message>
    <message>
        <source>Deleted in CRM, but the meeting was already over, so the copy stays in %1&apos;s Outlook, no longer linked.</source>
        <translation>Supprimée dans le CRM, mais la réunion était déjà passée, donc la copie reste dans l&apos;Outlook de %1, sans lien.</translation>
    </message>
    <message>
        <source>Back in %1&apos;s sync filters (it matches “%2”); nothing had changed in CRM meanwhile, so the Outlook copy was already up to date.</source>
        <translation>De retour dans les filtres de synchronisation de %1 (correspond à «&#xa0;%2&#xa0;»)&#xa0;; rien n&apos;avait changé dans le CRM entre-temps, donc la copie Outlook était déjà à jour.</translation>
    </message>
    <message>
        <source>Back in %1&apos;s sync filters (it matches “%2”), so the Outlook copy caught up with the CRM changes it missed: %3.</source>
        <translation>De retour dans les filtres de synchronisation de %1 (correspond à «&#xa0;%2&#xa0;»), donc la copie Outlook a rattrapé les modifications du CRM qu&apos;elle avait manquées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Only the organizer&apos;s delete removes the meeting from CRM: ask %1 to cancel it, or delete it in CRM.</source>
        <translation>Seule la suppression par l&apos;organisateur retire la réunion du CRM&#xa0;: demandez à %1 de l&apos;annuler, ou supprimez-la dans le CRM.</translation>
    </message>
    <message>
        <source>Delete it in CRM if it should go: a meeting that is over or no longer active, and a task that is no longer open, stay in CRM when deleted in Outlook.</source>
        <translation>Supprimez l&apos;enregistrement dans le CRM s&apos;il doit disparaître&#xa0;: une réunion passée ou inactive, et une tâche qui n&apos;est plus ouverte, restent dans le CRM quand on les supprime dans Outlook.</translation>
    </message>
    <message>
        <source>Restore the record in CRM. To keep these records in CRM when they are deleted in Outlook, set Exchange deletes of %1 to stop tracking.</source>
        <translation>Restaurez l&apos;enregistrement dans le CRM. Pour garder ces enregistrements dans le CRM quand ils sont supprimés dans Outlook, réglez les suppressions Exchange des %1 sur l&apos;arrêt du suivi.</translation>
    </message>
    <message>
        <source>Delete the copy in %1&apos;s Outlook by hand if it should go too.</source>
        <translation>Supprimez à la main la copie dans l&apos;Outlook de %1 si elle doit aussi disparaître.</translation>
    </message>
    <message>
        <source>Nothing to do: the copy in %1&apos;s Outlook is up to date again.</source>
        <translation>Rien à faire&#xa0;: la copie dans l&apos;Outlook de %1 est de nouveau à jour.</translation>
    </message>
    <message>
        <source>This followed a change at %1: %2.</source>
        <extracomment>%1 when the change was made, %2 the change</extracomment>
        <translation>Ceci fait suite à une modification du %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tracked by Server-Side Synchronization for %1 in Dynamics 365: its correlationmethod is %2 (%3), the rule %4.</source>
        <extracomment>%1 a user&apos;s name, %2 Dataverse&apos;s name of the value (InReplyTo…), %3 its number, %4 the reason code</extracomment>
        <translation>Suivi par la synchronisation côté serveur pour %1 dans Dynamics 365&#xa0;: son correlationmethod est %2 (%3), la règle %4.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ExplanationModel</name>
    <message>
        <source>When (UTC)</source>
        <extracomment>The time of a decision (simulated clock, UTC)</extracomment>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a reason code such as NOT_IN_SCOPE, %2 its meaning</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the filter.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir le filtre.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the mailbox.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour afficher la boîte aux lettres.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FakeCrm</name>
    <message>
        <source>Serves a sandbox org as a fake Dynamics 365 (Dataverse Web API and sign-in) on 127.0.0.1.</source>
        <translation>Sert une organisation bac à sable comme un faux Dynamics 365 (API web Dataverse et connexion) sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The sandbox org file.</source>
        <translation>Le fichier d&apos;organisation bac à sable.</translation>
    </message>
    <message>
        <source>The port (0: any free one).</source>
        <translation>Le port (0 : n&apos;importe lequel de libre).</translation>
    </message>
    <message>
        <source>Rows per page at most.</source>
        <translation>Lignes par page au plus.</translation>
    </message>
    <message>
        <source>--org FILE is required</source>
        <translation>--org FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>cannot read the fault &quot;%1&quot; (%2)</source>
        <translation>la panne « %1 » est illisible (%2)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>serving %1 at %2 (tenant %3, client id %4, secret %5)</source>
        <translation>sert %1 à %2 (locataire %3, identifiant client %4, secret %5)</translation>
    </message>
    <message>
        <source>A fault at the Nth request: KIND@N or KIND@NxCOUNT (401 429 503 slow truncate drop), or check-differ.</source>
        <translation>Une panne à la N-ième requête&#xa0;: KIND@N ou KIND@NxCOUNT (401 429 503 slow truncate drop), ou check-differ.</translation>
    </message>
    <message>
        <source>An entity set (contacts…) whose table is not enabled for change tracking.</source>
        <translation>Un ensemble d’entités (contacts…) dont la table n’est pas activée pour le suivi des modifications.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchValue</name>
    <message>
        <source>operator &quot;%1&quot; takes no value</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» n’accepte aucune valeur</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs a value</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» nécessite une valeur</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; takes one value, not %2</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» accepte une seule valeur, et non %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs two values (from and to), not %2</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» nécessite deux valeurs (début et fin), et non %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs at least one &lt;value&gt;</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» nécessite au moins un élément &lt;value&gt;</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs a whole number, not &quot;%2&quot;</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» nécessite un nombre entier, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs a date such as 2026-03-01, not &quot;%2&quot;</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» nécessite une date telle que 2026-03-01, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the %1 is a %2; &quot;%3&quot; is not one</source>
        <extracomment>%1 a field&apos;s display name, %2 its type (&quot;date&quot;, &quot;number&quot;), %3 the bad value</extracomment>
        <translation>le champ %1 est de type %2&#xa0;; «&#xa0;%3&#xa0;» n’est pas une valeur de ce type</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>yes/no value</source>
        <translation>valeur oui/non</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>reference to a record</source>
        <translation>référence à un enregistrement</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; applies to dates; the %2 is a %3</source>
        <extracomment>%1 operator, %2 field, %3 its type</extracomment>
        <translation>l’opérateur «&#xa0;%1&#xa0;» s’applique aux dates&#xa0;; le champ %2 est de type %3</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; compares text; the %2 is a %3</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» compare du texte&#xa0;; le champ %2 est de type %3</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; applies to a user field; the %2 is a %3</source>
        <translation>l’opérateur «&#xa0;%1&#xa0;» s’applique à un champ utilisateur&#xa0;; le champ %2 est de type %3</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchXmlEditor</name>
    <message>
        <source>FetchXML</source>
        <translation>FetchXML</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchXmlPaging</name>
    <message>
        <source>The org sent a paging cookie SyncLens cannot read: %1</source>
        <translation>L&apos;organisation a envoyé un cookie de pagination que SyncLens ne sait pas lire : %1</translation>
    </message>
    <message>
        <source>FetchXML cannot be paged: %1 (line %2, column %3)</source>
        <translation>Le FetchXML ne peut pas être paginé : %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>no &lt;fetch&gt;</source>
        <translation>pas de &lt;fetch&gt;</translation>
    </message>
    <message>
        <source>FetchXML without an &lt;entity&gt;</source>
        <translation>FetchXML sans &lt;entity&gt;</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchXmlParser</name>
    <message>
        <source>expected &lt;fetch&gt; as the root element</source>
        <translation>&lt;fetch&gt; attendu comme élément racine</translation>
    </message>
    <message>
        <source>one &lt;entity&gt;</source>
        <translation>un élément &lt;entity&gt;</translation>
    </message>
    <message>
        <source>&lt;fetch&gt; has no &lt;entity&gt;</source>
        <translation>&lt;fetch&gt; n’a pas d’élément &lt;entity&gt;</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt;; expected %2</source>
        <extracomment>%1 is an element name, %2 what may stand there</extracomment>
        <translation>élément &lt;%1&gt; inattendu&#xa0;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; needs a &quot;%2&quot; attribute</source>
        <translation>&lt;%1&gt; nécessite un attribut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no child element</source>
        <translation>aucun élément enfant</translation>
    </message>
    <message>
        <source>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;order&gt;, &lt;filter&gt; or &lt;link-entity&gt;</source>
        <translation>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;order&gt;, &lt;filter&gt; ou &lt;link-entity&gt;</translation>
    </message>
    <message>
        <source>descending must be true or false, not &quot;%1&quot;</source>
        <translation>descending doit valoir true ou false, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>filter type must be &quot;and&quot; or &quot;or&quot;, not &quot;%1&quot;</source>
        <translation>le type de filtre doit être «&#xa0;and&#xa0;» ou «&#xa0;or&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;condition&gt; or &lt;filter&gt;</source>
        <translation>&lt;condition&gt; ou &lt;filter&gt;</translation>
    </message>
    <message>
        <source>link-type must be &quot;inner&quot; or &quot;outer&quot;, not &quot;%1&quot;</source>
        <translation>link-type doit valoir «&#xa0;inner&#xa0;» ou «&#xa0;outer&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;filter&gt; or &lt;link-entity&gt;</source>
        <translation>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;filter&gt; ou &lt;link-entity&gt;</translation>
    </message>
    <message>
        <source>unsupported operator &quot;%1&quot;</source>
        <translation>opérateur «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
    <message>
        <source>&lt;value&gt;</source>
        <translation>&lt;value&gt;</translation>
    </message>
</context>
<context>
    <name>SyncLens::FieldCatalog</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>regarding record</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>last modification</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>all-day flag</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>percent complete</source>
        <translation>Pourcentage d’achèvement</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>business phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>ID d’enregistrement</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Records of type %1</source>
        <extracomment>%1 is an entity&apos;s logical name, e.g. &quot;new_project&quot;</extracomment>
        <translation>Enregistrements de type %1</translation>
    </message>
    <message>
        <source>appointments</source>
        <extracomment>inside a sentence (&quot;All appointments&quot;); a language whose nouns keep their capital (German) translates it capitalised</extracomment>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>records of type %1</source>
        <extracomment>%1 is an entity&apos;s logical name, e.g. &quot;new_project&quot;</extracomment>
        <translation>enregistrements de type %1</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>organisateur</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDescriber</name>
    <message>
        <source>All %1</source>
        <extracomment>%1 is a plural within a sentence, such as &quot;appointments&quot;</extracomment>
        <translation>L’ensemble des %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 plural entity (&quot;Appointments&quot;), %2 the conditions (&quot;that you own and …&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>that have a related %1</source>
        <extracomment>%1 a related record type, e.g. &quot;account&quot;</extracomment>
        <translation>qui ont un enregistrement associé (%1)</translation>
    </message>
    <message>
        <source>that have a related %1 %2</source>
        <extracomment>%1 a related record type, %2 its conditions</extracomment>
        <translation>qui ont un enregistrement associé (%1) %2</translation>
    </message>
    <message>
        <source>that have no related %1</source>
        <translation>qui n’ont aucun enregistrement associé (%1)</translation>
    </message>
    <message>
        <source>%1 of the related %2</source>
        <extracomment>%1 a field, %2 a related record type: &quot;city of the related account&quot;</extracomment>
        <translation>%1 de l’enregistrement associé (%2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>either %1 or %2</source>
        <extracomment>%1 the first alternatives, %2 the last one</extracomment>
        <translation>soit %1, soit %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 the first conditions, %2 the last one</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <extracomment>%1 a date, %2 a time of day in UTC</extracomment>
        <translation>%1 à %2 UTC</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>whose %1 is %2</source>
        <translation>dont le champ %1 est %2</translation>
    </message>
    <message>
        <source>whose %1 is not %2</source>
        <translation>dont le champ %1 n’est pas %2</translation>
    </message>
    <message>
        <source>whose %1 is after %2</source>
        <translation>dont le champ %1 est après %2</translation>
    </message>
    <message>
        <source>whose %1 is greater than %2</source>
        <translation>dont le champ %1 vaut plus de %2</translation>
    </message>
    <message>
        <source>whose %1 is on or after %2</source>
        <translation>dont le champ %1 est le %2 ou après</translation>
    </message>
    <message>
        <source>whose %1 is at least %2</source>
        <translation>dont le champ %1 vaut au moins %2</translation>
    </message>
    <message>
        <source>whose %1 is before %2</source>
        <translation>dont le champ %1 est avant %2</translation>
    </message>
    <message>
        <source>whose %1 is less than %2</source>
        <translation>dont le champ %1 vaut moins de %2</translation>
    </message>
    <message>
        <source>whose %1 is on or before %2</source>
        <translation>dont le champ %1 est le %2 ou avant</translation>
    </message>
    <message>
        <source>whose %1 is at most %2</source>
        <translation>dont le champ %1 vaut au plus %2</translation>
    </message>
    <message>
        <source>whose %1 does not contain %2</source>
        <translation>dont le champ %1 ne contient pas %2</translation>
    </message>
    <message>
        <source>whose %1 contains %2</source>
        <translation>dont le champ %1 contient %2</translation>
    </message>
    <message>
        <source>whose %1 does not begin with %2</source>
        <translation>dont le champ %1 ne commence pas par %2</translation>
    </message>
    <message>
        <source>whose %1 begins with %2</source>
        <translation>dont le champ %1 commence par %2</translation>
    </message>
    <message>
        <source>whose %1 does not end with %2</source>
        <translation>dont le champ %1 ne se termine pas par %2</translation>
    </message>
    <message>
        <source>whose %1 ends with %2</source>
        <translation>dont le champ %1 se termine par %2</translation>
    </message>
    <message>
        <source>whose %1 does not match the pattern %2</source>
        <translation>dont le champ %1 ne correspond pas au modèle %2</translation>
    </message>
    <message>
        <source>whose %1 matches the pattern %2</source>
        <translation>dont le champ %1 correspond au modèle %2</translation>
    </message>
    <message>
        <source>whose %1 is none of %2</source>
        <translation>dont le champ %1 ne vaut aucune des valeurs %2</translation>
    </message>
    <message>
        <source>whose %1 is between %2 and %3</source>
        <translation>dont le champ %1 se situe entre %2 et %3</translation>
    </message>
    <message>
        <source>whose %1 is not between %2 and %3</source>
        <translation>dont le champ %1 ne se situe pas entre %2 et %3</translation>
    </message>
    <message>
        <source>with no %1</source>
        <translation>sans valeur pour le champ %1</translation>
    </message>
    <message>
        <source>with a %1</source>
        <translation>avec une valeur pour le champ %1</translation>
    </message>
    <message>
        <source>that you own</source>
        <translation>dont vous êtes propriétaire</translation>
    </message>
    <message>
        <source>whose %1 is you</source>
        <translation>dont le champ %1 vous désigne</translation>
    </message>
    <message>
        <source>that someone else owns</source>
        <translation>dont une autre personne est propriétaire</translation>
    </message>
    <message>
        <source>whose %1 is someone other than you</source>
        <translation>dont le champ %1 désigne une autre personne que vous</translation>
    </message>
    <message>
        <source>that you or one of your teams own</source>
        <translation>dont vous ou l’une de vos équipes êtes propriétaire</translation>
    </message>
    <message>
        <source>whose %1 is you or one of your teams</source>
        <translation>dont le champ %1 vous désigne, vous ou l’une de vos équipes</translation>
    </message>
    <message>
        <source>whose %1 is your business unit</source>
        <translation>dont le champ %1 est votre division</translation>
    </message>
    <message>
        <source>whose %1 is not your business unit</source>
        <translation>dont le champ %1 n’est pas votre division</translation>
    </message>
    <message>
        <source>whose %1 is on %2</source>
        <translation>dont le champ %1 est le %2</translation>
    </message>
    <message>
        <source>whose %1 meets the condition %2 %3</source>
        <translation>dont le champ %1 remplit la condition %2 %3</translation>
    </message>
    <message>
        <source>whose %1 is today</source>
        <translation>dont le champ %1 est aujourd’hui</translation>
    </message>
    <message>
        <source>whose %1 was yesterday</source>
        <translation>dont le champ %1 était hier</translation>
    </message>
    <message>
        <source>whose %1 is tomorrow</source>
        <translation>dont le champ %1 est demain</translation>
    </message>
    <message>
        <source>whose %1 is this week</source>
        <translation>dont le champ %1 est cette semaine</translation>
    </message>
    <message>
        <source>whose %1 was last week</source>
        <translation>dont le champ %1 était la semaine dernière</translation>
    </message>
    <message>
        <source>whose %1 is next week</source>
        <translation>dont le champ %1 est la semaine prochaine</translation>
    </message>
    <message>
        <source>whose %1 is this month</source>
        <translation>dont le champ %1 est ce mois-ci</translation>
    </message>
    <message>
        <source>whose %1 was last month</source>
        <translation>dont le champ %1 était le mois dernier</translation>
    </message>
    <message>
        <source>whose %1 is next month</source>
        <translation>dont le champ %1 est le mois prochain</translation>
    </message>
    <message>
        <source>whose %1 is this year</source>
        <translation>dont le champ %1 est cette année</translation>
    </message>
    <message>
        <source>whose %1 was last year</source>
        <translation>dont le champ %1 était l’année dernière</translation>
    </message>
    <message>
        <source>whose %1 is next year</source>
        <translation>dont le champ %1 est l’année prochaine</translation>
    </message>
    <message>
        <source>whose %1 is in the last seven days</source>
        <translation>dont le champ %1 se situe dans les sept derniers jours</translation>
    </message>
    <message>
        <source>whose %1 is in the next seven days</source>
        <translation>dont le champ %1 se situe dans les sept prochains jours</translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n hour(s)</source>
        <translation>
            <numerusform>dont le champ %1 remonte à %n heure au plus</numerusform>
            <numerusform>dont le champ %1 remonte à %n heures au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n hour(s)</source>
        <translation>
            <numerusform>dont le champ %1 est dans %n heure au plus</numerusform>
            <numerusform>dont le champ %1 est dans %n heures au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n day(s)</source>
        <translation>
            <numerusform>dont le champ %1 remonte à %n jour au plus</numerusform>
            <numerusform>dont le champ %1 remonte à %n jours au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n day(s)</source>
        <translation>
            <numerusform>dont le champ %1 est dans %n jour au plus</numerusform>
            <numerusform>dont le champ %1 est dans %n jours au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n week(s)</source>
        <translation>
            <numerusform>dont le champ %1 remonte à %n semaine au plus</numerusform>
            <numerusform>dont le champ %1 remonte à %n semaines au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n week(s)</source>
        <translation>
            <numerusform>dont le champ %1 est dans %n semaine au plus</numerusform>
            <numerusform>dont le champ %1 est dans %n semaines au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n month(s)</source>
        <translation>
            <numerusform>dont le champ %1 remonte à %n mois au plus</numerusform>
            <numerusform>dont le champ %1 remonte à %n mois au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n month(s)</source>
        <translation>
            <numerusform>dont le champ %1 est dans %n mois au plus</numerusform>
            <numerusform>dont le champ %1 est dans %n mois au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n year(s)</source>
        <translation>
            <numerusform>dont le champ %1 remonte à %n an au plus</numerusform>
            <numerusform>dont le champ %1 remonte à %n ans au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n year(s)</source>
        <translation>
            <numerusform>dont le champ %1 est dans %n an au plus</numerusform>
            <numerusform>dont le champ %1 est dans %n ans au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n minute(s) ago</source>
        <translation>
            <numerusform>dont le champ %1 remonte à plus de %n minute</numerusform>
            <numerusform>dont le champ %1 remonte à plus de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n hour(s) ago</source>
        <translation>
            <numerusform>dont le champ %1 remonte à plus de %n heure</numerusform>
            <numerusform>dont le champ %1 remonte à plus de %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n day(s) ago</source>
        <translation>
            <numerusform>dont le champ %1 remonte à plus de %n jour</numerusform>
            <numerusform>dont le champ %1 remonte à plus de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n week(s) ago</source>
        <translation>
            <numerusform>dont le champ %1 remonte à plus de %n semaine</numerusform>
            <numerusform>dont le champ %1 remonte à plus de %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n month(s) ago</source>
        <translation>
            <numerusform>dont le champ %1 remonte à plus de %n mois</numerusform>
            <numerusform>dont le champ %1 remonte à plus de %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n year(s) ago</source>
        <translation>
            <numerusform>dont le champ %1 remonte à plus de %n an</numerusform>
            <numerusform>dont le champ %1 remonte à plus de %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>that one of your teams owns</source>
        <translation>dont l’une de vos équipes est propriétaire</translation>
    </message>
    <message>
        <source>whose %1 is one of your teams</source>
        <translation>dont le champ %1 désigne l’une de vos équipes</translation>
    </message>
    <message>
        <source>%1 in the time zone %2</source>
        <extracomment>%1 a condition (&quot;whose due date is today&quot;), %2 an IANA time zone name</extracomment>
        <translation>%1 dans le fuseau horaire %2</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s time zone, %3</source>
        <extracomment>%1 a condition (&quot;whose due date is today&quot;), %2 a user&apos;s name, %3 an IANA time zone name</extracomment>
        <translation>%1 dans le fuseau horaire de %2, %3</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDesignerWindow</name>
    <message>
        <source>Previewing the change…</source>
        <translation>Aperçu de la modification…</translation>
    </message>
    <message>
        <source>Save “%1” for %2?</source>
        <extracomment>%1 a filter&apos;s name, %2 a user&apos;s name</extracomment>
        <translation>Enregistrer «&#xa0;%1&#xa0;» pour %2&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete “%1” of %2?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo the last change to “%1”?</source>
        <translation>Annuler la dernière modification de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Restore this version of “%1”?</source>
        <translation>Restaurer cette version de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Sync filters</source>
        <translation>Filtres de synchronisation</translation>
    </message>
    <message>
        <source>Nothing moves until the next synchronisation cycle; the timeline and the journal then show each record&apos;s decision. The change can be undone.</source>
        <translation>Rien ne bouge avant le prochain cycle de synchronisation&#xa0;; la chronologie et le journal montrent ensuite la décision prise pour chaque enregistrement. La modification peut être annulée.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Il n’y a aucune modification à annuler.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>the name of a copy of a filter</extracomment>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>Applying “%1” to %n user(s)…</source>
        <translation>
            <numerusform>Application de «&#xa0;%1&#xa0;» à %n utilisateur…</numerusform>
            <numerusform>Application de «&#xa0;%1&#xa0;» à %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the filters of %1.</source>
        <translation>Les filtres de %1 ont été modifiés.</translation>
    </message>
    <message>
        <source>%1: %2. The next synchronisation cycle decides the scope again.</source>
        <extracomment>%1 a filter, %2 what happened (&quot;Saved&quot;, &quot;Deleted&quot;, …)</extracomment>
        <translation>%1&#xa0;: %2. Le prochain cycle de synchronisation redéfinit le périmètre.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept: %1</source>
        <translation>Les modifications non enregistrées ne peuvent pas être conservées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n filter(s) were kept from an earlier session: %1. Bring them back to go on editing?</source>
        <translation>
            <numerusform>Des modifications non enregistrées apportées à %n filtre ont été conservées d’une session précédente&#xa0;: %1. Les récupérer pour poursuivre la modification&#xa0;?</numerusform>
            <numerusform>Des modifications non enregistrées apportées à %n filtres ont été conservées d’une session précédente&#xa0;: %1. Les récupérer pour poursuivre la modification&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The kept changes are back; they are not saved yet.</source>
        <translation>Les modifications conservées sont de retour&#xa0;; elles ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Ré&amp;cupérer</translation>
    </message>
    <message>
        <source>D&amp;iscard them</source>
        <translation>Les &amp;ignorer</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Nom du filtre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vé</translation>
    </message>
    <message>
        <source>The filter in plain language</source>
        <translation>Le filtre en langage clair</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtre</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change…</source>
        <translation>Annuler la dernière &amp;modification…</translation>
    </message>
    <message>
        <source>&amp;Apply to Other Users…</source>
        <translation>Appli&amp;quer à d’autres utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo Edit</source>
        <translation>&amp;Annuler l’édition</translation>
    </message>
    <message>
        <source>&amp;Redo Edit</source>
        <translation>&amp;Rétablir l’édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Atteindre</translation>
    </message>
    <message>
        <source>Filter &amp;List</source>
        <translation>&amp;Liste des filtres</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>Fetch&amp;XML</source>
        <translation>Fetch&amp;XML</translation>
    </message>
    <message>
        <source>Reading the org&apos;s records for the preview…</source>
        <translation>Lecture des enregistrements de l’organisation pour l’aperçu…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L’aperçu a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Sync filters of %1 — SyncLens</source>
        <extracomment>window title: %1 a user&apos;s name</extracomment>
        <translation>Filtres de synchronisation de %1 — SyncLens</translation>
    </message>
    <message>
        <source>The FetchXML has an error; correct it there and the conditions come back.</source>
        <translation>Le FetchXML contient une erreur&#xa0;; corrigez-la dans le FetchXML et les conditions réapparaîtront.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>The preview waits for a filter that can be read.</source>
        <translation>L’aperçu attend un filtre lisible.</translation>
    </message>
    <message>
        <source>(The FetchXML cannot be read; the last sentence was: %1)</source>
        <extracomment>shown instead of the sentence while the FetchXML cannot be read</extracomment>
        <translation>(Le FetchXML ne peut pas être lu&#xa0;; la dernière phrase était&#xa0;: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>This is a filter of %1 records: its entity must be &quot;%1&quot;, not &quot;%2&quot;.</source>
        <extracomment>%1 e.g. &quot;appointment&quot;, %2 what the FetchXML says</extracomment>
        <translation>Ceci est un filtre d’enregistrements de type %1&#xa0;: son entité doit être &quot;%1&quot;, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The filter needs a name.</source>
        <translation>Le filtre doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change to “%1”…</source>
        <translation>Annuler la dernière &amp;modification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Sign in to the org first (File ▸ Connect to Dynamics 365…): SyncLens writes a live org&apos;s filters to the org itself.</source>
        <translation>Connectez-vous d’abord à l’organisation (Fichier ▸ Se connecter à Dynamics 365…)&#xa0;: SyncLens écrit les filtres d’une organisation en direct dans l’organisation elle-même.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This connection to %1 is read-only (File ▸ Connect to Dynamics 365…, Open read-only): SyncLens writes nothing to the org.</source>
        <extracomment>%1 a host name</extracomment>
        <translation>Cette connexion à %1 est en lecture seule (Fichier ▸ Se connecter à Dynamics 365…, Ouvrir en lecture seule)&#xa0;: SyncLens n’écrit rien dans l’organisation.</translation>
    </message>
    <message>
        <source>Writing “%1” to %2…</source>
        <extracomment>%1 a filter&apos;s name, %2 a host name</extracomment>
        <translation>Écriture de «&#xa0;%1&#xa0;» dans %2…</translation>
    </message>
    <message>
        <source>%1 in %2; server-side synchronization uses it from its next cycle.</source>
        <extracomment>%1 what happened, e.g. &quot;Saved&quot;, %2 a host name</extracomment>
        <translation>%1 dans %2&#xa0;; la synchronisation côté serveur l’utilise dès son prochain cycle.</translation>
    </message>
    <message>
        <source>The org refused the change.</source>
        <translation>L’organisation a refusé la modification.</translation>
    </message>
    <message>
        <source>Nothing was written to the org.</source>
        <translation>Rien n’a été écrit dans l’organisation.</translation>
    </message>
    <message>
        <source>Writing “%1” over their version…</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>Écriture de «&#xa0;%1&#xa0;» à la place de leur version…</translation>
    </message>
    <message>
        <source>Kept their version of “%1”; yours was not written.</source>
        <translation>Leur version de «&#xa0;%1&#xa0;» a été conservée&#xa0;; la vôtre n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Save “%1” without a preview?</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>Enregistrer «&#xa0;%1&#xa0;» sans aperçu&#xa0;?</translation>
    </message>
    <message>
        <source>Save &amp;Without Preview</source>
        <translation>Enregistrer &amp;sans aperçu</translation>
    </message>
    <message numerus="yes">
        <source>Writing “%1” for %n user(s)…</source>
        <translation>
            <numerusform>Écriture de «&#xa0;%1&#xa0;» pour %n utilisateur…</numerusform>
            <numerusform>Écriture de «&#xa0;%1&#xa0;» pour %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Against &amp;Dataverse</source>
        <translation>Vérifier auprès de &amp;Dataverse</translation>
    </message>
    <message>
        <source>The check needs a filter that can be read.</source>
        <translation>La vérification nécessite un filtre lisible.</translation>
    </message>
    <message>
        <source>Another request to the org is running; wait for it.</source>
        <translation>Une autre requête vers l’organisation est en cours&#xa0;; attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SyncLens cannot evaluate this FetchXML (%1): no preview. It can still be written to the org with Save without preview.</source>
        <translation>SyncLens ne peut pas évaluer ce FetchXML (%1)&#xa0;: aucun aperçu. Il peut néanmoins être écrit dans l’organisation avec Enregistrer sans aperçu.</translation>
    </message>
    <message>
        <source>A write to the org is running: wait for it, or Cancel it first.</source>
        <translation>Une écriture dans l’organisation est en cours&#xa0;: attendez qu’elle se termine, ou annulez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDialog</name>
    <message>
        <source>Sync Filter “%1”</source>
        <extracomment>%1 the filter&apos;s name</extracomment>
        <translation>Filtre de synchronisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>What the filter selects</source>
        <translation>Ce que sélectionne le filtre</translation>
    </message>
    <message>
        <source>Selects:</source>
        <translation>Sélectionne&#xa0;:</translation>
    </message>
    <message>
        <source>FetchXML</source>
        <translation>FetchXML</translation>
    </message>
    <message>
        <source>&amp;FetchXML:</source>
        <translation>&amp;FetchXML&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterHistory</name>
    <message>
        <source>There is no filter %1.</source>
        <translation>Il n’existe pas de filtre %1.</translation>
    </message>
    <message>
        <source>There is no filter version %1.</source>
        <translation>Il n’existe pas de version de filtre %1.</translation>
    </message>
    <message>
        <source>The filter %1 has no change to undo.</source>
        <translation>Le filtre %1 n’a aucune modification à annuler.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterHistoryModel</name>
    <message>
        <source>an earlier version</source>
        <translation>une version antérieure</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored the version of %1</source>
        <extracomment>%1 when the restored version was saved</extracomment>
        <translation>Version du %1 restaurée</translation>
    </message>
    <message>
        <source>Undid the last change</source>
        <translation>Dernière modification annulée</translation>
    </message>
    <message>
        <source>Undid the creation (deleted)</source>
        <translation>Création annulée (supprimé)</translation>
    </message>
    <message>
        <source>As it was before SyncLens changed it</source>
        <translation>Tel qu’il était avant sa modification par SyncLens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterHistoryPanel</name>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <source>Saved versions of the filter</source>
        <translation>Versions enregistrées du filtre</translation>
    </message>
    <message>
        <source>No saved versions yet: SyncLens keeps one at each save.</source>
        <translation>Aucune version enregistrée pour l’instant&#xa0;: SyncLens en conserve une à chaque enregistrement.</translation>
    </message>
    <message>
        <source>(FetchXML that cannot be read)</source>
        <translation>(FetchXML illisible)</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>%1 when, %2 who, %3 the filter as a sentence</extracomment>
        <translation>%1, par %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterListModel</name>
    <message>
        <source>Removed filters</source>
        <translation>Filtres supprimés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a group of filters in the list, e.g. &quot;Appointments (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 •</source>
        <extracomment>a filter with unsaved changes: its name and a mark</extracomment>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>nouveau, pas encore enregistré</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterListPanel</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Dé&amp;sactiver</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>The user&apos;s sync filters</source>
        <translation>Les filtres de synchronisation de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;New filter</source>
        <translation>Nouvea&amp;u filtre</translation>
    </message>
    <message>
        <source>Blank filter of %1</source>
        <extracomment>menu item: a filter with no conditions, %1 e.g. &quot;appointments&quot;</extracomment>
        <translation>Filtre de %1 vide</translation>
    </message>
    <message>
        <source>New %1 filter</source>
        <translation>Nouveau filtre de %1</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Ac&amp;tiver</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterTemplates</name>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <source>My active contacts</source>
        <translation>Mes contacts actifs</translation>
    </message>
    <message>
        <source>Active contacts I changed in the last 90 days</source>
        <translation>Contacts actifs que j’ai modifiés au cours des 90 derniers jours</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Mes rendez-vous</translation>
    </message>
    <message>
        <source>My appointments in the last 30 days and the future</source>
        <translation>Mes rendez-vous des 30 derniers jours et à venir</translation>
    </message>
    <message>
        <source>My appointments in the next 3 months</source>
        <translation>Mes rendez-vous des 3 prochains mois</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <translation>Mes tâches ouvertes</translation>
    </message>
    <message>
        <source>My open tasks due in the next 30 days</source>
        <translation>Mes tâches ouvertes dont l’échéance tombe dans les 30 prochains jours</translation>
    </message>
</context>
<context>
    <name>SyncLens::Job</name>
    <message>
        <source>The work was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
</context>
<context>
    <name>SyncLens::JsonSourceParser</name>
    <message>
        <source>the end of the input</source>
        <translation>la fin de l’entrée</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unterminated string (a line break inside a string is written \n)</source>
        <translation>chaîne non terminée (un saut de ligne dans une chaîne s’écrit \n)</translation>
    </message>
    <message>
        <source>control character %1 in a string; write it as an escape such as \t or \u0009</source>
        <translation>caractère de contrôle %1 dans une chaîne&#xa0;; écrivez-le sous forme de séquence d’échappement, par exemple \t ou \u0009</translation>
    </message>
    <message>
        <source>invalid escape \%1 in a string</source>
        <translation>séquence d’échappement \%1 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>unpaired surrogate in a \u escape</source>
        <translation>demi-codet (surrogate) non apparié dans une séquence d’échappement \u</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u nécessite quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>a number cannot start with 0 (leading zero)</source>
        <translation>un nombre ne peut pas commencer par 0 (zéro non significatif)</translation>
    </message>
    <message>
        <source>invalid number: a digit must follow &apos;-&apos;</source>
        <translation>nombre non valide&#xa0;: un chiffre doit suivre &apos;-&apos;</translation>
    </message>
    <message>
        <source>invalid number: a digit must follow &apos;.&apos;</source>
        <translation>nombre non valide&#xa0;: un chiffre doit suivre &apos;.&apos;</translation>
    </message>
    <message>
        <source>invalid number: the exponent needs a digit</source>
        <translation>nombre non valide&#xa0;: l’exposant nécessite un chiffre</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>le nombre %1 est hors limites</translation>
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation>littéral non valide&#xa0;; true, false ou null attendu</translation>
    </message>
    <message>
        <source>no JSON value: the file is empty</source>
        <translation>aucune valeur JSON&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>caractère %1 inattendu après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>unexpected end of input; expected a value</source>
        <translation>fin de l’entrée inattendue&#xa0;; une valeur est attendue</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected %1; expected a value</source>
        <translation>caractère %1 inattendu&#xa0;; une valeur est attendue</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>une clé entre guillemets doubles est attendue, mais on trouve %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>clé «&#xa0;%1&#xa0;» en double (première occurrence à la ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &quot;%1&quot;, found %2</source>
        <translation>&apos;:&apos; est attendu après la clé «&#xa0;%1&#xa0;», mais on trouve %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;, found %2</source>
        <translation>&apos;,&apos; ou &apos;%1&apos; est attendu, mais on trouve %2</translation>
    </message>
    <message>
        <source>trailing comma before &apos;%1&apos;</source>
        <translation>virgule finale avant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input: the &apos;%1&apos; at line %2, column %3 is not closed</source>
        <translation>fin de l’entrée inattendue&#xa0;: le &apos;%1&apos; de la ligne %2, colonne %3 n’est pas fermé</translation>
    </message>
</context>
<context>
    <name>SyncLens::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Deutsch</source>
        <extracomment>the name of German in German: keep it so</extracomment>
        <translation>&amp;Deutsch</translation>
    </message>
    <message>
        <source>&amp;Français</source>
        <extracomment>the name of French in French: keep it so</extracomment>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <extracomment>the name of English in English: keep it so</extracomment>
        <translation>&amp;English</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveCheckPanel</name>
    <message>
        <source>&amp;Check Against Dataverse</source>
        <translation>&amp;Vérifier auprès de Dataverse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>SyncLens</source>
        <translation>SyncLens</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Why SyncLens thought otherwise</source>
        <translation>Pourquoi SyncLens a conclu autrement</translation>
    </message>
    <message>
        <source>Runs the filter on the org for its user and compares the records with what SyncLens selects from the file.</source>
        <translation>Exécute le filtre dans l’organisation pour son utilisateur et compare les enregistrements avec ceux que SyncLens sélectionne dans le fichier.</translation>
    </message>
    <message>
        <source>Run the filter on the org and compare</source>
        <translation>Exécuter le filtre dans l’organisation et comparer</translation>
    </message>
    <message>
        <source>Asking Dataverse…</source>
        <translation>Interrogation de Dataverse…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Rien n’a été vérifié.</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>dans le périmètre</translation>
    </message>
    <message>
        <source>not in scope</source>
        <translation>hors du périmètre</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveConflictDialog</name>
    <message>
        <source>“%1” Was Changed in the Org</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>«&#xa0;%1&#xa0;» a été modifié dans l’organisation</translation>
    </message>
    <message>
        <source>Someone changed this filter in the org after you opened it. Nothing was written: compare both versions and pick one.</source>
        <translation>Quelqu’un a modifié ce filtre dans l’organisation après que vous l’avez ouvert. Rien n’a été écrit&#xa0;: comparez les deux versions et choisissez-en une.</translation>
    </message>
    <message>
        <source>Someone removed this filter from the org after you opened it. Nothing was written.</source>
        <translation>Quelqu’un a supprimé ce filtre de l’organisation après que vous l’avez ouvert. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Theirs: in the org now</source>
        <translation>La leur&#xa0;: actuellement dans l’organisation</translation>
    </message>
    <message>
        <source>Ours: as you edited it</source>
        <translation>La nôtre&#xa0;: telle que vous l’avez modifiée</translation>
    </message>
    <message>
        <source>Comparing the records each version puts in scope…</source>
        <translation>Comparaison des enregistrements que chaque version place dans le périmètre…</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Conserver la leur</translation>
    </message>
    <message>
        <source>&amp;Keep It Removed</source>
        <translation>&amp;Laisser le filtre supprimé</translation>
    </message>
    <message>
        <source>&amp;Write Ours over Theirs</source>
        <translation>&amp;Écrire la nôtre à la place de la leur</translation>
    </message>
    <message>
        <source>&amp;Create Ours Again</source>
        <translation>&amp;Recréer la nôtre</translation>
    </message>
    <message>
        <source>(removed from the org)</source>
        <translation>(supprimé de l’organisation)</translation>
    </message>
    <message>
        <source>(SyncLens cannot read this FetchXML: %1)</source>
        <translation>(SyncLens ne peut pas lire ce FetchXML&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(disabled) %1</source>
        <translation>(désactivé) %1</translation>
    </message>
    <message>
        <source>Only this version puts in scope:</source>
        <translation>Seule cette version place dans le périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Both versions put the same records in the user&apos;s scope.</source>
        <translation>Les deux versions placent les mêmes enregistrements dans le périmètre de l’utilisateur.</translation>
    </message>
    <message>
        <source>Only theirs puts %1 in the user&apos;s scope; only ours puts %2.</source>
        <extracomment>%1 and %2 e.g. &quot;3 appointments&quot;</extracomment>
        <translation>Seule la leur place %1 dans le périmètre de l’utilisateur&#xa0;; seule la nôtre place %2.</translation>
    </message>
    <message>
        <source>The records could not be compared: %1</source>
        <translation>Les enregistrements n’ont pas pu être comparés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveDeletionReader</name>
    <message>
        <source>the deletions in %1</source>
        <translation>les suppressions dans %1</translation>
    </message>
    <message>
        <source>The answer to %1 holds no list of rows (&quot;value&quot;).</source>
        <translation>La réponse à %1 ne contient aucune liste de lignes («&#xa0;value&#xa0;»).</translation>
    </message>
    <message>
        <source>The next page of %1 points outside the org (%2).</source>
        <translation>La page suivante de %1 pointe hors de l’organisation (%2).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveExplainNote</name>
    <message>
        <source>Read from Dynamics 365: the email records no correlation method.</source>
        <translation>Lu dans Dynamics 365&#xa0;: l’e-mail n’indique aucune méthode de corrélation.</translation>
    </message>
    <message>
        <source>Read from Dynamics 365: %1 (%2; correlationmethod %3).</source>
        <extracomment>%1 the rule in words, %2 its reason code (TOKEN, …), %3 Dataverse&apos;s name of the value</extracomment>
        <translation>Lu dans Dynamics 365&#xa0;: %1 (%2&#xa0;; correlationmethod %3).</translation>
    </message>
    <message>
        <source>Read from Dynamics 365: correlationmethod %1 names no correlation rule (another rule, or none, decided).</source>
        <extracomment>%1 Dataverse&apos;s name of the value (None, Skipped, …)</extracomment>
        <translation>Lu dans Dynamics 365&#xa0;: correlationmethod %1 ne désigne aucune règle de corrélation (une autre règle, ou aucune, a décidé).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterBulkApply</name>
    <message>
        <source>Cancelled before this user; nothing was written for them.</source>
        <translation>Annulé avant cet utilisateur&#xa0;; rien n’a été écrit pour lui.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterCheckJob</name>
    <message>
        <source>the users&apos; sign-in ids</source>
        <translation>les identifiants de connexion des utilisateurs</translation>
    </message>
    <message>
        <source>a read on behalf of a user</source>
        <translation>une lecture au nom d’un utilisateur</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>the records of the filter &quot;%1&quot;</source>
        <translation>les enregistrements du filtre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>SyncLens cannot evaluate this filter: %1</source>
        <translation>SyncLens ne peut pas évaluer ce filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>SyncLens selects it; Dataverse did not return it.</source>
        <translation>SyncLens le sélectionne&#xa0;; Dataverse ne l’a pas renvoyé.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterEngineSide</name>
    <message>
        <source>SyncLens cannot evaluate this filter.</source>
        <translation>SyncLens ne peut pas évaluer ce filtre.</translation>
    </message>
    <message>
        <source>SyncLens found no condition it fails.</source>
        <translation>SyncLens n’a trouvé aucune condition qu’il ne satisfait pas.</translation>
    </message>
    <message>
        <source>SyncLens thought it fails: %1</source>
        <translation>Selon SyncLens, il ne satisfait pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The org file does not have this record (not imported, or created since the import).</source>
        <translation>Le fichier d’organisation ne contient pas cet enregistrement (non importé, ou créé depuis l’import).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterSession</name>
    <message>
        <source>Another write to the org is still running; wait for it.</source>
        <translation>Une autre écriture dans l’organisation est encore en cours&#xa0;; attendez qu’elle se termine.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterWriter</name>
    <message>
        <source>The filter %1 has no change to undo.</source>
        <translation>Le filtre %1 n’a aucune modification à annuler.</translation>
    </message>
    <message>
        <source>Another write of a sync filter is still running; wait for it.</source>
        <translation>Une autre écriture de filtre de synchronisation est encore en cours&#xa0;; attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>This connection to the org is read-only: SyncLens writes no sync filter through it.</source>
        <translation>Cette connexion à l’organisation est en lecture seule&#xa0;: SyncLens n’écrit aucun filtre de synchronisation par son intermédiaire.</translation>
    </message>
    <message>
        <source>There is no sync filter %1 in %2.</source>
        <translation>Il n’existe aucun filtre de synchronisation %1 dans %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sync filter (its kind is %2): SyncLens writes only sync filters (user queries of type 256 or 16).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un filtre de synchronisation (son genre est %2)&#xa0;: SyncLens n’écrit que des filtres de synchronisation (requêtes utilisateur de type 256 ou 16).</translation>
    </message>
    <message>
        <source>The version of the sync filter &quot;%1&quot; as it was read is not known (the file was imported before SyncLens kept it): refresh the org (synclens-cli live refresh) and try again.</source>
        <translation>La version lue du filtre de synchronisation «&#xa0;%1&#xa0;» est inconnue (le fichier a été importé avant que SyncLens ne la conserve)&#xa0;: actualisez l’organisation (synclens-cli live refresh) et réessayez.</translation>
    </message>
    <message>
        <source>the sync filter &quot;%1&quot;</source>
        <translation>le filtre de synchronisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The org&apos;s user query &quot;%1&quot; is not a sync filter (query type %2): SyncLens does not write it.</source>
        <translation>La requête utilisateur «&#xa0;%1&#xa0;» de l’organisation n’est pas un filtre de synchronisation (type de requête %2)&#xa0;: SyncLens ne l’écrit pas.</translation>
    </message>
    <message>
        <source>The org has the change of &quot;%1&quot;, but the local history could not record it: %2</source>
        <translation>L’organisation a reçu la modification de «&#xa0;%1&#xa0;», mais l’historique local n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sync filter &quot;%1&quot; was changed in the org since it was read; nothing was written. Compare both versions and pick one.</source>
        <translation>Le filtre de synchronisation «&#xa0;%1&#xa0;» a été modifié dans l’organisation depuis sa lecture&#xa0;; rien n’a été écrit. Comparez les deux versions et choisissez-en une.</translation>
    </message>
    <message>
        <source>The sync filter &quot;%1&quot; was removed from the org since it was read; nothing was written.</source>
        <translation>Le filtre de synchronisation «&#xa0;%1&#xa0;» a été supprimé de l’organisation depuis sa lecture&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The org refused to change the sync filter &quot;%1&quot; of user %2 (HTTP 403): the signed-in account must own it or have the privilege to manage user synchronization filters (prvAdminFilter) over that user.</source>
        <translation>L’organisation a refusé de modifier le filtre de synchronisation «&#xa0;%1&#xa0;» de l’utilisateur %2 (HTTP 403)&#xa0;: le compte connecté doit en être propriétaire ou avoir, sur cet utilisateur, le privilège de gérer les filtres de synchronisation des utilisateurs (prvAdminFilter).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportController</name>
    <message>
        <source>%1: %2 read</source>
        <extracomment>%1 what is read (e.g. &quot;contacts&quot;), %2 how many rows so far</extracomment>
        <translation>%1&#xa0;: %2 lus</translation>
    </message>
    <message numerus="yes">
        <source>Dataverse asked to wait %n s (reading %1)…</source>
        <extracomment>%1 what was being read when Dataverse answered 429</extracomment>
        <translation>
            <numerusform>Dataverse a demandé d’attendre %n s (lecture de %1)…</numerusform>
            <numerusform>Dataverse a demandé d’attendre %n s (lecture de %1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1: %2 users, %3 mailboxes, %4 alerts, %5 sync filters, %6 records, %7 emails.</source>
        <extracomment>%1 the org&apos;s host; then what the import read</extracomment>
        <translation>Lu depuis %1&#xa0;: %2 utilisateurs, %3 boîtes aux lettres, %4 alertes, %5 filtres de synchronisation, %6 enregistrements, %7 e-mails.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportJob</name>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>L&apos;import a été annulé ; %1 est inchangé.</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>écriture de %1</translation>
    </message>
    <message>
        <source>signing in to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>WhoAmI</source>
        <translation>WhoAmI</translation>
    </message>
    <message>
        <source>%1 answered WhoAmI without a user id: it does not look like a Dataverse environment; check the URL.</source>
        <translation>%1 a répondu à WhoAmI sans identifiant d&apos;utilisateur : cela ne ressemble pas à un environnement Dataverse ; vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <source>the organization settings</source>
        <translation>les paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>The org sent no organization row; is this a Dataverse environment?</source>
        <translation>L&apos;organisation n&apos;a envoyé aucune ligne d&apos;organisation ; est-ce un environnement Dataverse ?</translation>
    </message>
    <message>
        <source>the users</source>
        <translation>les utilisateurs</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>the users&apos; email settings</source>
        <translation>les paramètres de messagerie des utilisateurs</translation>
    </message>
    <message>
        <source>the mailboxes</source>
        <translation>les boîtes aux lettres</translation>
    </message>
    <message>
        <source>mailboxes</source>
        <translation>boîtes aux lettres</translation>
    </message>
    <message>
        <source>the alerts</source>
        <translation>les alertes</translation>
    </message>
    <message>
        <source>the sync filters</source>
        <translation>les filtres de synchronisation</translation>
    </message>
    <message>
        <source>the sync filters of %1</source>
        <translation>les filtres de synchronisation de %1</translation>
    </message>
    <message>
        <source>The sync filters of %1 (%2) could not be read: %3</source>
        <translation>Les filtres de synchronisation de %1 (%2) n&apos;ont pas pu être lus : %3</translation>
    </message>
    <message>
        <source>the filter templates</source>
        <translation>les modèles de filtre</translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation>les enregistrements de type %1</translation>
    </message>
    <message>
        <source>the tracked emails</source>
        <translation>les e-mails suivis</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>the appointments&apos; organizers</source>
        <translation>les organisateurs des rendez-vous</translation>
    </message>
    <message>
        <source>the teams</source>
        <translation>les équipes</translation>
    </message>
    <message>
        <source>the team members</source>
        <translation>les membres des équipes</translation>
    </message>
    <message>
        <source>%1 was not read from %2; import it with live import instead</source>
        <translation>%1&#xa0;: non lu depuis %2&#xa0;; réimportez plutôt avec live import</translation>
    </message>
    <message>
        <source>keeping what did not change in %1</source>
        <translation>conservation de ce qui n’a pas changé dans %1</translation>
    </message>
    <message>
        <source>looking for records deleted in %1</source>
        <translation>recherche des enregistrements supprimés dans %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportPanel</name>
    <message>
        <source>Live import</source>
        <translation>Import en direct</translation>
    </message>
    <message>
        <source>Reading the org</source>
        <translation>Lecture de l’organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the org; the data shown now stays as it is</source>
        <translation>Arrêter la lecture de l’organisation&#xa0;; les données affichées restent telles quelles</translation>
    </message>
    <message>
        <source>Switching to the new data…</source>
        <translation>Passage aux nouvelles données…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the org&apos;s host name</extracomment>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Reading %1 — %2</source>
        <extracomment>%1 the org&apos;s host name, %2 what is read now</extracomment>
        <translation>Lecture de %1 — %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveMode</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh A&amp;utomatically</source>
        <translation>Actualiser a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Org</source>
        <translation>Impossible de lire l’organisation</translation>
    </message>
    <message>
        <source>Off for a live org: SyncLens only reads %1 and never changes it. Simulations run on sandbox orgs (File ▸ New Sandbox Org).</source>
        <translation>Désactivé pour une organisation en direct&#xa0;: SyncLens ne fait que lire %1 et ne la modifie jamais. Les simulations s’exécutent sur des organisations bac à sable (Fichier ▸ Nouvelle organisation bac à sable).</translation>
    </message>
    <message>
        <source>Off for a live org: change mailboxes in Dynamics 365 (Settings ▸ Email Configuration ▸ Mailboxes), then File ▸ Refresh.</source>
        <translation>Désactivé pour une organisation en direct&#xa0;: modifiez les boîtes aux lettres dans Dynamics 365 (Paramètres ▸ Configuration de la messagerie ▸ Boîtes aux lettres), puis Fichier ▸ Actualiser.</translation>
    </message>
    <message>
        <source>Read %1 again; the window shows the data read now until the new data is complete (F5)</source>
        <translation>Relire %1&#xa0;; la fenêtre affiche les données actuelles jusqu’à ce que les nouvelles soient complètes (F5)</translation>
    </message>
    <message>
        <source>Refresh reads a live org again (File ▸ Connect to Dynamics 365…); this is a sandbox org.</source>
        <translation>Actualiser relit une organisation en direct (Fichier ▸ Se connecter à Dynamics 365…)&#xa0;; celle-ci est une organisation bac à sable.</translation>
    </message>
    <message>
        <source>This is a sandbox org: its filters are saved in its file.</source>
        <translation>Ceci est une organisation bac à sable&#xa0;: ses filtres sont enregistrés dans son fichier.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveOrgWriter</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is open in SyncLens; close it there and import again</source>
        <translation>%1 est ouvert dans SyncLens ; fermez-le et importez à nouveau</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2</source>
        <translation>%1 ne peut pas être remplacé : %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveOrigin</name>
    <message>
        <source>%1 is not a live org (it is a %2 org)</source>
        <translation>%1 n’est pas une organisation en direct (c’est une organisation %2)</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveWriteText</name>
    <message>
        <source>%1 appointment</source>
        <translation>%1 rendez-vous</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 rendez-vous</translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation>%1 tâche</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>%1 enter the scope, %2 leave it, %3 stay.</source>
        <extracomment>%1 e.g. &quot;12 appointments&quot;, %2 and %3 numbers</extracomment>
        <translation>Entrent dans le périmètre&#xa0;: %1&#xa0;; en sortent&#xa0;: %2&#xa0;; y restent&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Filters restrict only CRM → Exchange: records that leave the scope stay in Outlook without CRM&apos;s changes, and edits made there still change CRM.</source>
        <translation>Les filtres ne limitent que le sens CRM → Exchange&#xa0;: les enregistrements qui sortent du périmètre restent dans Outlook sans recevoir les modifications de CRM, et les modifications qui y sont faites modifient toujours CRM.</translation>
    </message>
    <message>
        <source>This writes to the org %1 itself: server-side synchronization uses the change from its next cycle. Undo writes the version before back to the org.</source>
        <extracomment>%1 a host name such as contoso.crm.dynamics.com</extracomment>
        <translation>Ceci écrit directement dans l’organisation %1&#xa0;: la synchronisation côté serveur applique la modification dès son prochain cycle. Annuler la modification réécrit la version précédente dans l’organisation.</translation>
    </message>
    <message>
        <source>SyncLens cannot evaluate this FetchXML (%1), so it cannot show which records enter or leave the scope. Dataverse will apply it as written: records may leave Outlook or stop receiving CRM changes without warning. Save it to %2 only if you have checked it another way.</source>
        <extracomment>%1 why SyncLens cannot evaluate the filter, %2 a host name</extracomment>
        <translation>SyncLens ne peut pas évaluer ce FetchXML (%1)&#xa0;; il ne peut donc pas indiquer quels enregistrements entrent dans le périmètre ou en sortent. Dataverse l’appliquera tel quel&#xa0;: des enregistrements peuvent disparaître d’Outlook ou cesser de recevoir les modifications de CRM sans avertissement. Ne l’enregistrez dans %2 que si vous l’avez vérifié autrement.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dataverse agrees: %1 of %2</source>
        <extracomment>%1 and %2 numbers of records, e.g. &quot;1,284 of 1,284&quot;</extracomment>
        <translation>Dataverse concorde&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Dataverse differs on %1 of %2 records</source>
        <translation>Dataverse diffère sur %1 des %2 enregistrements</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 a number, %2 e.g. &quot;Written&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: every user&apos;s filter was written.</source>
        <translation>%1&#xa0;: le filtre de chaque utilisateur a été écrit.</translation>
    </message>
    <message>
        <source>%1: the users not written keep their filter as it was.</source>
        <translation>%1&#xa0;: les utilisateurs pour lesquels rien n’a été écrit conservent leur filtre tel quel.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LogPages</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a write-ahead log (its first 32 bytes are not a log&apos;s header)</source>
        <translation>%1 n’est pas un journal d’écriture anticipée (ses 32 premiers octets ne sont pas un en-tête de journal)</translation>
    </message>
</context>
<context>
    <name>SyncLens::LoopbackRedirectListener</name>
    <message>
        <source>Could not wait for the browser&apos;s answer on 127.0.0.1: %1</source>
        <translation>Impossible d’attendre la réponse du navigateur sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <source>SyncLens received the sign-in answer. You can close this tab and go back to SyncLens.</source>
        <translation>SyncLens a reçu la réponse de connexion. Vous pouvez fermer cet onglet et revenir à SyncLens.</translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxDetailsPane</name>
    <message>
        <source>Mailbox details</source>
        <translation>Détails de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Decisions by reason code</source>
        <translation>Décisions par code de raison</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <source>Decisions by &amp;reason code</source>
        <translation>Décisions par code de &amp;raison</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>Dernier cycle&#xa0;:</translation>
    </message>
    <message>
        <source>Next retry:</source>
        <translation>Prochaine tentative&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test &amp;&amp; Enable</source>
        <translation>&amp;Tester et activer</translation>
    </message>
    <message>
        <source>Enable the mailbox again and clear its failures; the next cycle tests it.</source>
        <translation>Réactiver la boîte aux lettres et effacer ses échecs&#xa0;; le cycle suivant la teste.</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Approve the mailbox so that Server-Side Synchronization may use it.</source>
        <translation>Approuver la boîte aux lettres pour que la synchronisation côté serveur puisse l’utiliser.</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Stop synchronising the mailbox until it is enabled again.</source>
        <translation>Arrêter la synchronisation de la boîte aux lettres jusqu’à ce qu’elle soit de nouveau activée.</translation>
    </message>
    <message>
        <source>No mailbox selected</source>
        <translation>Aucune boîte aux lettres sélectionnée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the mailbox owner&apos;s name, %2 the mailbox id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failure(s) in a row</source>
        <translation>
            <numerusform>%1, %n échec consécutif</numerusform>
            <numerusform>%1, %n échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, failing</source>
        <translation>%1, en échec</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Disable the Mailbox?</source>
        <translation>Désactiver la boîte aux lettres&#xa0;?</translation>
    </message>
    <message>
        <source>Disable %1? Nothing synchronises for it until it is tested and enabled again; nothing queued is lost.</source>
        <translation>Désactiver %1&#xa0;? Plus rien n’est synchronisé pour elle jusqu’à ce qu’elle soit testée et réactivée&#xa0;; rien de ce qui est en file d’attente n’est perdu.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>%1; %2 disabled</source>
        <extracomment>%1 the mailbox state, %2 a channel such as &quot;Incoming email&quot;</extracomment>
        <translation>%1&#xa0;; %2 désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 waiting after %n failure(s)</source>
        <translation>
            <numerusform>%1&#xa0;; %2 en attente après %n échec</numerusform>
            <numerusform>%1&#xa0;; %2 en attente après %n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (error %2, %3; %n error(s) in a row)</source>
        <extracomment>%1 Dynamics 365&apos;s error message, %2 its error code, %3 when it happened</extracomment>
        <translation>
            <numerusform>%1 (erreur %2, %3&#xa0;; %n erreur consécutive)</numerusform>
            <numerusform>%1 (erreur %2, %3&#xa0;; %n erreurs consécutives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxHealth</name>
    <message>
        <source>The mailbox is not approved: nothing is synchronised until an administrator approves it.</source>
        <translation>La boîte aux lettres n’est pas approuvée&#xa0;: rien n’est synchronisé tant qu’un administrateur ne l’a pas approuvée.</translation>
    </message>
    <message>
        <source>Exchange refused the mailbox&apos;s credentials. The mailbox is disabled until it is tested and enabled again.</source>
        <translation>Exchange a refusé les informations d’identification de la boîte aux lettres. La boîte aux lettres est désactivée jusqu’à ce qu’elle soit testée et de nouveau activée.</translation>
    </message>
    <message numerus="yes">
        <source>Exchange throttled the mailbox (failure %n in a row).</source>
        <translation>
            <numerusform>Exchange a appliqué une limitation à la boîte aux lettres (%n échec consécutif).</numerusform>
            <numerusform>Exchange a appliqué une limitation à la boîte aux lettres (%n échecs consécutifs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A temporary error stopped the mailbox&apos;s cycle (failure %n in a row).</source>
        <translation>
            <numerusform>Une erreur temporaire a interrompu le cycle de la boîte aux lettres (%n échec consécutif).</numerusform>
            <numerusform>Une erreur temporaire a interrompu le cycle de la boîte aux lettres (%n échecs consécutifs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mailbox failed %n times in a row and is disabled until it is tested and enabled again.</source>
        <translation>
            <numerusform>La boîte aux lettres a échoué %n fois de suite et reste désactivée jusqu’à ce qu’elle soit testée et de nouveau activée.</numerusform>
            <numerusform>La boîte aux lettres a échoué %n fois de suite et reste désactivée jusqu’à ce qu’elle soit testée et de nouveau activée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox synchronises again.</source>
        <translation>La boîte aux lettres se synchronise de nouveau.</translation>
    </message>
    <message>
        <source>Incoming email</source>
        <translation>E-mail entrant</translation>
    </message>
    <message>
        <source>Outgoing email</source>
        <translation>E-mail sortant</translation>
    </message>
    <message>
        <source>Appointments, contacts and tasks</source>
        <translation>Rendez-vous, contacts et tâches</translation>
    </message>
    <message>
        <source>%1: Exchange refused the mailbox&apos;s credentials. This channel is disabled until the mailbox is tested and enabled again; the other channels go on.</source>
        <extracomment>%1 is a channel, e.g. &quot;Appointments, contacts and tasks&quot;</extracomment>
        <translation>%1&#xa0;: Exchange a refusé les identifiants de la boîte aux lettres. Ce canal est désactivé jusqu&apos;à ce que la boîte soit testée et réactivée&#xa0;; les autres canaux continuent.</translation>
    </message>
    <message numerus="yes">
        <source>%1: Exchange throttled this channel (failure %n in a row); the other channels go on.</source>
        <translation>
            <numerusform>%1&#xa0;: Exchange a limité ce canal (%n échec d&apos;affilée)&#xa0;; les autres canaux continuent.</numerusform>
            <numerusform>%1&#xa0;: Exchange a limité ce canal (%n échecs d&apos;affilée)&#xa0;; les autres canaux continuent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a temporary error stopped this channel (failure %n in a row); the other channels go on.</source>
        <translation>
            <numerusform>%1&#xa0;: une erreur temporaire a arrêté ce canal (%n échec d&apos;affilée)&#xa0;; les autres canaux continuent.</numerusform>
            <numerusform>%1&#xa0;: une erreur temporaire a arrêté ce canal (%n échecs d&apos;affilée)&#xa0;; les autres canaux continuent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: this channel failed %n times in a row and is disabled until the mailbox is tested and enabled again.</source>
        <translation>
            <numerusform>%1&#xa0;: ce canal a échoué %n fois d&apos;affilée et est désactivé jusqu&apos;à ce que la boîte soit testée et réactivée.</numerusform>
            <numerusform>%1&#xa0;: ce canal a échoué %n fois d&apos;affilée et est désactivé jusqu&apos;à ce que la boîte soit testée et réactivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this channel synchronises again.</source>
        <translation>%1&#xa0;: ce canal se synchronise de nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxTableModel</name>
    <message>
        <source>Off</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>This channel is not synchronised by Server-Side Synchronization.</source>
        <translation>Ce canal n’est pas synchronisé par la synchronisation côté serveur.</translation>
    </message>
    <message>
        <source>The last attempt failed; see the mailbox&apos;s alerts.</source>
        <translation>La dernière tentative a échoué&#xa0;; consultez les alertes de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>No synchronisation has run for this channel yet.</source>
        <translation>Aucune synchronisation n’a encore été exécutée pour ce canal.</translation>
    </message>
    <message>
        <source>The last synchronisation succeeded.</source>
        <translation>La dernière synchronisation a réussi.</translation>
    </message>
    <message>
        <source>An administrator must approve this mailbox before anything synchronises.</source>
        <translation>Un administrateur doit approuver cette boîte aux lettres avant toute synchronisation.</translation>
    </message>
    <message>
        <source>Synchronisation is switched off for this mailbox until it is enabled again.</source>
        <translation>La synchronisation est désactivée pour cette boîte aux lettres jusqu’à ce qu’elle soit de nouveau activée.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <source>Appointments, contacts, tasks</source>
        <extracomment>Appointments, contacts and tasks: one synchronisation channel</extracomment>
        <translation>Rendez-vous, contacts, tâches</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Dernier cycle</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Partly disabled</source>
        <extracomment>the mailbox runs, but one or more of its channels is disabled</extracomment>
        <translation>Partiellement désactivée</translation>
    </message>
    <message>
        <source>This channel alone is disabled after its own failures; the other channels go on. Test &amp; Enable re-enables it.</source>
        <translation>Seul ce canal est désactivé après ses propres échecs&#xa0;; les autres canaux continuent. «&#xa0;Tester et activer&#xa0;» le réactive.</translation>
    </message>
    <message>
        <source>This channel failed and waits until %1 before it tries again; the other channels go on.</source>
        <translation>Ce canal a échoué et attend jusqu&apos;à %1 avant de réessayer&#xa0;; les autres canaux continuent.</translation>
    </message>
    <message>
        <source>Disabled: %1. The other channels go on; Test &amp; Enable re-enables every channel.</source>
        <extracomment>%1 lists channels, e.g. &quot;Appointments, contacts and tasks&quot;</extracomment>
        <translation>Désactivé&#xa0;: %1. Les autres canaux continuent&#xa0;; «&#xa0;Tester et activer&#xa0;» réactive tous les canaux.</translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxesPanel</name>
    <message>
        <source>Filter mailboxes by name, address or state</source>
        <translation>Filtrer les boîtes aux lettres par nom, adresse ou état</translation>
    </message>
    <message>
        <source>Filter mailboxes</source>
        <translation>Filtrer les boîtes aux lettres</translation>
    </message>
    <message>
        <source>Show mailboxes in state</source>
        <translation>Afficher les boîtes aux lettres dans l’état</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Alerts</source>
        <extracomment>Mailboxes that have alerts</extracomment>
        <translation>Avec alertes</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
</context>
<context>
    <name>SyncLens::MainWindow</name>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Scenario player</source>
        <translation>Lecteur de scénarios</translation>
    </message>
    <message>
        <source>Scenario Player</source>
        <translation>Lecteur de scénarios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Org…</source>
        <translation>&amp;Ouvrir une organisation…</translation>
    </message>
    <message>
        <source>&amp;New Sandbox Org…</source>
        <translation>&amp;Nouvelle organisation bac à sable…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Boîte aux lettres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About SyncLens</source>
        <translation>À &amp;propos de SyncLens</translation>
    </message>
    <message>
        <source>Menus and panel titles now use the chosen language; the rest follows at the next start.</source>
        <translation>Les menus et les titres des panneaux utilisent maintenant la langue choisie&#xa0;; le reste suit au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Boîtes aux lettres</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Explication</translation>
    </message>
    <message>
        <source>Scenario &amp;Player</source>
        <translation>Lecteur de &amp;scénarios</translation>
    </message>
    <message>
        <source>&amp;Find an Item…</source>
        <translation>Rec&amp;hercher un élément…</translation>
    </message>
    <message>
        <source>F&amp;ilter Mailboxes</source>
        <translation>&amp;Filtrer les boîtes aux lettres</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>SyncLens</source>
        <translation>SyncLens</translation>
    </message>
    <message>
        <source>No org is open. Use File ▸ Open Org or File ▸ New Sandbox Org.</source>
        <translation>Aucune organisation n’est ouverte. Utilisez Fichier ▸ Ouvrir une organisation ou Fichier ▸ Nouvelle organisation bac à sable.</translation>
    </message>
    <message>
        <source>%1 — SyncLens</source>
        <extracomment>%1 is the org&apos;s name</extracomment>
        <translation>%1 — SyncLens</translation>
    </message>
    <message>
        <source>%1 · %2 mailboxes · %3 CRM records · %4 Exchange items</source>
        <extracomment>%1 org name, %2 mailboxes, %3 CRM records, %4 Exchange items</extracomment>
        <translation>%1 · %2 boîtes aux lettres · %3 enregistrements CRM · %4 éléments Exchange</translation>
    </message>
    <message>
        <source>The filter %1 no longer exists.</source>
        <translation>Le filtre %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Open Org</source>
        <translation>Ouvrir une organisation</translation>
    </message>
    <message>
        <source>SyncLens orgs (*.db);;All files (*)</source>
        <translation>Organisations SyncLens (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Org</source>
        <translation>Impossible d’ouvrir l’organisation</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new sandbox org?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer par une nouvelle organisation bac à sable&#xa0;?</translation>
    </message>
    <message>
        <source>Creating the sandbox org %1…</source>
        <translation>Création de l’organisation bac à sable %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No Sandbox Org Was Created</source>
        <translation>Aucune organisation bac à sable n’a été créée</translation>
    </message>
    <message>
        <source>About SyncLens</source>
        <translation>À propos de SyncLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SyncLens %1&lt;/h3&gt;&lt;p&gt;SyncLens makes Dynamics 365 Server-Side Synchronization with Exchange visible and predictable: what synced, why, and what a sync filter change will do before you save it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SyncLens %1&lt;/h3&gt;&lt;p&gt;SyncLens rend la synchronisation côté serveur de Dynamics 365 avec Exchange visible et prévisible&#xa0;: ce qui a été synchronisé, pourquoi, et l’effet d’une modification de filtre de synchronisation avant même que vous l’enregistriez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fil&amp;ters</source>
        <translation>Fil&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Edit Sync Filters…</source>
        <translation>&amp;Modifier les filtres de synchronisation…</translation>
    </message>
    <message>
        <source>Edit and preview the sync filters of the selected mailbox&apos;s user</source>
        <translation>Modifier et prévisualiser les filtres de synchronisation de l’utilisateur de la boîte aux lettres sélectionnée</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>Scé&amp;nario</translation>
    </message>
    <message>
        <source>&amp;Connect to Dynamics 365…</source>
        <translation>Se &amp;connecter à Dynamics 365…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
</context>
<context>
    <name>SyncLens::NewSandboxDialog</name>
    <message>
        <source>New Sandbox Org</source>
        <translation>Nouvelle organisation bac à sable</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Nombre d’utilisateurs</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’éléments</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The same seed always gives the same org.</source>
        <translation>La même graine donne toujours la même organisation.</translation>
    </message>
    <message>
        <source>Org file</source>
        <translation>Fichier de l’organisation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>É&amp;léments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>SyncLens orgs (*.db);;All files (*)</source>
        <translation>Organisations SyncLens (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Jours d’historique</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The org lives these days before you get it: email arrives, meetings move, filters change, and the engine runs its cycles across them, so the timeline tells what happened when.</source>
        <translation>L’organisation vit ces jours avant de vous être livrée&#xa0;: des e-mails arrivent, des réunions sont déplacées, des filtres changent, et le moteur exécute ses cycles sur toute cette période&#xa0;; la chronologie montre ainsi ce qui s’est passé et quand.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SyncLens::OperatorChoices</name>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>n’est pas égal à</translation>
    </message>
    <message>
        <source>does not equal (neq)</source>
        <translation>n’est pas égal à (neq)</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>vaut au moins</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>vaut au plus</translation>
    </message>
    <message>
        <source>matches (% = any text)</source>
        <translation>correspond au modèle (% = n’importe quel texte)</translation>
    </message>
    <message>
        <source>does not match (% = any text)</source>
        <translation>ne correspond pas au modèle (% = n’importe quel texte)</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>does not begin with</source>
        <translation>ne commence pas par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>does not end with</source>
        <translation>ne se termine pas par</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>vaut l’une des valeurs</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ne vaut aucune des valeurs</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>se situe entre</translation>
    </message>
    <message>
        <source>is not between</source>
        <translation>ne se situe pas entre</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n’est pas vide</translation>
    </message>
    <message>
        <source>is the filter&apos;s user</source>
        <translation>est l’utilisateur du filtre</translation>
    </message>
    <message>
        <source>is not the filter&apos;s user</source>
        <translation>n’est pas l’utilisateur du filtre</translation>
    </message>
    <message>
        <source>is the user&apos;s business unit</source>
        <translation>est la division de l’utilisateur</translation>
    </message>
    <message>
        <source>is not the user&apos;s business unit</source>
        <translation>n’est pas la division de l’utilisateur</translation>
    </message>
    <message>
        <source>is the filter&apos;s user or one of their teams</source>
        <translation>est l’utilisateur du filtre ou l’une de ses équipes</translation>
    </message>
    <message>
        <source>is one of the filter&apos;s user&apos;s teams</source>
        <translation>est l’une des équipes de l’utilisateur du filtre</translation>
    </message>
    <message>
        <source>is today</source>
        <translation>est aujourd’hui</translation>
    </message>
    <message>
        <source>is yesterday</source>
        <translation>est hier</translation>
    </message>
    <message>
        <source>is tomorrow</source>
        <translation>est demain</translation>
    </message>
    <message>
        <source>is this week</source>
        <translation>est cette semaine</translation>
    </message>
    <message>
        <source>is last week</source>
        <translation>est la semaine dernière</translation>
    </message>
    <message>
        <source>is next week</source>
        <translation>est la semaine prochaine</translation>
    </message>
    <message>
        <source>is this month</source>
        <translation>est ce mois-ci</translation>
    </message>
    <message>
        <source>is last month</source>
        <translation>est le mois dernier</translation>
    </message>
    <message>
        <source>is next month</source>
        <translation>est le mois prochain</translation>
    </message>
    <message>
        <source>is this year</source>
        <translation>est cette année</translation>
    </message>
    <message>
        <source>is last year</source>
        <translation>est l’année dernière</translation>
    </message>
    <message>
        <source>is next year</source>
        <translation>est l’année prochaine</translation>
    </message>
    <message>
        <source>is in the last 7 days</source>
        <translation>est dans les 7 derniers jours</translation>
    </message>
    <message>
        <source>is in the next 7 days</source>
        <translation>est dans les 7 prochains jours</translation>
    </message>
    <message>
        <source>is in the last … hours</source>
        <translation>est dans les … dernières heures</translation>
    </message>
    <message>
        <source>is in the next … hours</source>
        <translation>est dans les … prochaines heures</translation>
    </message>
    <message>
        <source>is in the last … days</source>
        <translation>est dans les … derniers jours</translation>
    </message>
    <message>
        <source>is in the next … days</source>
        <translation>est dans les … prochains jours</translation>
    </message>
    <message>
        <source>is in the last … weeks</source>
        <translation>est dans les … dernières semaines</translation>
    </message>
    <message>
        <source>is in the next … weeks</source>
        <translation>est dans les … prochaines semaines</translation>
    </message>
    <message>
        <source>is in the last … months</source>
        <translation>est dans les … derniers mois</translation>
    </message>
    <message>
        <source>is in the next … months</source>
        <translation>est dans les … prochains mois</translation>
    </message>
    <message>
        <source>is in the last … years</source>
        <translation>est dans les … dernières années</translation>
    </message>
    <message>
        <source>is in the next … years</source>
        <translation>est dans les … prochaines années</translation>
    </message>
    <message>
        <source>is older than … minutes</source>
        <translation>date de plus de … minutes</translation>
    </message>
    <message>
        <source>is older than … hours</source>
        <translation>date de plus de … heures</translation>
    </message>
    <message>
        <source>is older than … days</source>
        <translation>date de plus de … jours</translation>
    </message>
    <message>
        <source>is older than … weeks</source>
        <translation>date de plus de … semaines</translation>
    </message>
    <message>
        <source>is older than … months</source>
        <translation>date de plus de … mois</translation>
    </message>
    <message>
        <source>is older than … years</source>
        <translation>date de plus de … ans</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>est le</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>est le ou avant le</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>est le ou après le</translation>
    </message>
</context>
<context>
    <name>SyncLens::OrgSettings</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <source>org setting %1: %2</source>
        <translation>paramètre d’organisation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2 attendu</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>valeur attendue parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected 1 to 20 letters or digits</source>
        <translation>1 à 20 lettres ou chiffres attendus</translation>
    </message>
    <message>
        <source>expected a regular expression as a string</source>
        <translation>expression régulière attendue sous forme de chaîne</translation>
    </message>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>expression régulière non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an object of field directions</source>
        <translation>objet de sens de synchronisation par champ attendu</translation>
    </message>
    <message>
        <source>expected one of: %1, or an object per type (appointment, task, contact)</source>
        <translation>attendu l&apos;une des valeurs %1, ou un objet par type (appointment, task, contact)</translation>
    </message>
    <message>
        <source>unknown record type; expected appointment, task or contact</source>
        <translation>type d&apos;enregistrement inconnu&#xa0;; attendu appointment, task ou contact</translation>
    </message>
</context>
<context>
    <name>SyncLens::OrgSourceLabel</name>
    <message>
        <source>Org source</source>
        <translation>Source de l’organisation</translation>
    </message>
    <message>
        <source>read just now</source>
        <translation>lu à l’instant</translation>
    </message>
    <message>
        <source>read %1 min ago</source>
        <extracomment>%1 minutes (1 to 59): in the status bar, kept short</extracomment>
        <translation>lu il y a %1 min</translation>
    </message>
    <message>
        <source>read %1 h ago</source>
        <extracomment>%1 hours (1 to 23): in the status bar, kept short</extracomment>
        <translation>lu il y a %1 h</translation>
    </message>
    <message>
        <source>read on %1</source>
        <extracomment>%1 the date and time it was read (this computer&apos;s clock)</extracomment>
        <translation>lu le %1</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <extracomment>%1 the org file&apos;s name</extracomment>
        <translation>Bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sandbox org simulated on this computer: %1</source>
        <translation>Une organisation bac à sable simulée sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live: %1 · %2</source>
        <extracomment>%1 the org&apos;s host name, %2 how old the data is (&quot;read 5 minutes ago&quot;)</extracomment>
        <translation>En direct&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Read from %1 on %2. File ▸ Refresh (F5) reads it again.</source>
        <extracomment>%1 the org&apos;s URL, %2 when it was read (this computer&apos;s time)</extracomment>
        <translation>Lu depuis %1 le %2. Fichier ▸ Actualiser (F5) relit l’organisation.</translation>
    </message>
</context>
<context>
    <name>SyncLens::OrgStore</name>
    <message>
        <source>%1: the file already exists</source>
        <translation>%1&#xa0;: le fichier existe déjà</translation>
    </message>
    <message>
        <source>%1: cannot be created here (the folder is not writable or the org is being created by another process)</source>
        <translation>%1&#xa0;: création impossible à cet emplacement (le dossier n’est pas accessible en écriture ou l’organisation est en cours de création par un autre processus)</translation>
    </message>
    <message>
        <source>%1 is already open in another SyncLens process (pid %2 on %3); close it there first</source>
        <translation>%1 est déjà ouvert dans un autre processus SyncLens (pid %2 sur %3)&#xa0;; fermez-le d’abord dans ce processus</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (is the folder writable?)</source>
        <translation>%1&#xa0;: impossible de créer le fichier de verrouillage %2 (le dossier est-il accessible en écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1&#xa0;: la base de données est endommagée (%2)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a SyncLens org</source>
        <translation>%1&#xa0;: base de données SQLite, mais pas une organisation SyncLens</translation>
    </message>
    <message>
        <source>%1 was written by a newer SyncLens (schema version %2; this program reads up to %3); update SyncLens to open it</source>
        <translation>%1 a été écrit par une version plus récente de SyncLens (version de schéma %2&#xa0;; ce programme lit jusqu’à la version %3)&#xa0;; mettez SyncLens à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1: a SyncLens org without a schema (version %2)</source>
        <translation>%1&#xa0;: organisation SyncLens sans schéma (version %2)</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>démarrage d’une transaction</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>validation d’une transaction</translation>
    </message>
    <message>
        <source>%1: a step of the transaction failed; nothing was written</source>
        <translation>%1&#xa0;: une étape de la transaction a échoué&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1: simulated write failure (test hook)</source>
        <translation>%1&#xa0;: échec d’écriture simulé (point d’accroche de test)</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1&#xa0;: %2 impossible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the org settings are damaged (%2)</source>
        <translation>%1&#xa0;: les paramètres de l’organisation sont endommagés (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1&#xa0;: données endommagées pour %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 has an unknown value &quot;%3&quot;</source>
        <translation>%1&#xa0;: %2 a une valeur inconnue «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>l’utilisateur %1</translation>
    </message>
    <message>
        <source>mailbox %1</source>
        <translation>la boîte aux lettres %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>l’enregistrement %1</translation>
    </message>
    <message>
        <source>item %1 in %2</source>
        <translation>l’élément %1 de la boîte aux lettres %2</translation>
    </message>
    <message>
        <source>journal entry %1</source>
        <translation>l’entrée de journal %1</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>lecture du journal</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>l’alerte %1</translation>
    </message>
    <message>
        <source>%1: the journal holds an unknown reason code &quot;%2&quot;</source>
        <translation>%1&#xa0;: le journal contient un code de raison inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>link of %1 in %2</source>
        <translation>le lien de %1 dans la boîte aux lettres %2</translation>
    </message>
    <message>
        <source>filter version %1</source>
        <translation>la version de filtre %1</translation>
    </message>
    <message>
        <source>a live mailbox&apos;s status</source>
        <translation>l&apos;état d&apos;une boîte aux lettres en direct</translation>
    </message>
    <message>
        <source>org event %1</source>
        <translation>événement d’organisation %1</translation>
    </message>
    <message>
        <source>an org event (%1) needs the time it happened</source>
        <translation>un événement d’organisation (%1) nécessite l’heure à laquelle il s’est produit</translation>
    </message>
    <message>
        <source>%1: a bulk load cannot start here</source>
        <translation>%1 : un chargement en masse ne peut pas commencer ici</translation>
    </message>
    <message>
        <source>%1: %2 of %3 journal entries (ids %4 to %5) could not be written</source>
        <translation>%1&#xa0;: %2 des %3 entrées du journal (identifiants %4 à %5) n’ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>SyncLens::OutgoingEmail</name>
    <message>
        <source>email %1 is not waiting to be sent (its state is &quot;%2&quot;)</source>
        <translation>l’e-mail %1 n’est pas en attente d’envoi (son état est «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the sender has no mailbox</source>
        <translation>l’expéditeur n’a pas de boîte aux lettres</translation>
    </message>
    <message>
        <source>the mailbox&apos;s outgoing email is not synchronised (set to none)</source>
        <translation>le courrier sortant de la boîte aux lettres n’est pas synchronisé (défini sur Aucun)</translation>
    </message>
    <message>
        <source>the mailbox is not approved</source>
        <translation>la boîte aux lettres n’est pas approuvée</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>la boîte aux lettres est désactivée</translation>
    </message>
    <message>
        <source>The email &quot;%1&quot; could not be sent: %2. It will be sent once the mailbox can send.</source>
        <extracomment>%1 is the email&apos;s subject, %2 why the mailbox cannot send it</extracomment>
        <translation>L’e-mail «&#xa0;%1&#xa0;» n’a pas pu être envoyé&#xa0;: %2. Il sera envoyé dès que la boîte aux lettres pourra envoyer.</translation>
    </message>
</context>
<context>
    <name>SyncLens::PageReader</name>
    <message>
        <source>The answer to %1 holds no list of rows (&quot;value&quot;); is this a Dataverse org?</source>
        <translation>La réponse à %1 ne contient pas de liste de lignes (« value ») ; est-ce une organisation Dataverse ?</translation>
    </message>
    <message>
        <source>The next page of %1 points outside the org (%2); it was not followed.</source>
        <translation>La page suivante de %1 pointe hors de l&apos;organisation (%2) ; elle n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (page %2)</translation>
    </message>
</context>
<context>
    <name>SyncLens::PolicyReport</name>
    <message>
        <source>synchronising</source>
        <translation>en cours de synchronisation</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>pas encore synchronisée</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d’approbation</translation>
    </message>
</context>
<context>
    <name>SyncLens::PresentationMode</name>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Large type for a projector: the player, the timeline and the explanation fill the screen (F11 or Ctrl+Shift+P; Esc leaves)</source>
        <translation>Grands caractères pour un projecteur&#xa0;: le lecteur, la chronologie et l’explication occupent tout l’écran (F11 ou Ctrl+Shift+P&#xa0;; Esc pour quitter)</translation>
    </message>
</context>
<context>
    <name>SyncLens::PreviewPanel</name>
    <message>
        <source>Entering</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>entering</source>
        <translation>entrent</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>sortent</translation>
    </message>
    <message>
        <source>staying</source>
        <translation>restent</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Aucun aperçu pour l’instant.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a count in the preview: %1 a number, %2 &quot;entering&quot;, &quot;leaving&quot; or &quot;staying&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tab of the preview: &quot;Leaving (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L’aperçu a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>See the warning below.</source>
        <translation>Voir l’avertissement ci-dessous.</translation>
    </message>
    <message>
        <source>For %1&apos;s %2, as of %3 UTC (the org&apos;s clock); %4 outside the filters.</source>
        <extracomment>%1 a user, %2 &quot;appointments&quot;, %3 the org&apos;s date and time (UTC)</extracomment>
        <translation>Pour les %2 de %1, au %3 UTC (horloge de l’organisation)&#xa0;; %4 hors des filtres.</translation>
    </message>
</context>
<context>
    <name>SyncLens::PreviewRecordModel</name>
    <message>
        <source>no filter of this type is left</source>
        <translation>il ne reste aucun filtre de ce type</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Now fails</source>
        <translation>Ne satisfait plus</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>SyncLens::PreviewWorker</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L’aperçu a été annulé.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReasonCodeText</name>
    <message>
        <source>Email already tracked: no second copy</source>
        <translation>E-mail déjà suivi&#xa0;: pas de seconde copie</translation>
    </message>
    <message>
        <source>Email tracked by the user in Outlook</source>
        <translation>E-mail suivi par l’utilisateur dans Outlook</translation>
    </message>
    <message>
        <source>Email tracked: in a tracked folder</source>
        <translation>E-mail suivi&#xa0;: dans un dossier suivi</translation>
    </message>
    <message>
        <source>Email tracked by its tracking token</source>
        <translation>E-mail suivi grâce à son jeton de suivi</translation>
    </message>
    <message>
        <source>Email tracked by smart matching</source>
        <translation>E-mail suivi par correspondance intelligente</translation>
    </message>
    <message>
        <source>Email tracked: the user tracks all email</source>
        <translation>E-mail suivi&#xa0;: l’utilisateur suit tous les e-mails</translation>
    </message>
    <message>
        <source>Email tracked: sender is a contact, lead or account</source>
        <translation>E-mail suivi&#xa0;: l’expéditeur est un contact, un prospect ou un compte</translation>
    </message>
    <message>
        <source>Email tracked: sender is an email-enabled record</source>
        <translation>E-mail suivi&#xa0;: l’expéditeur est un enregistrement à extension messagerie</translation>
    </message>
    <message>
        <source>Email not tracked: not a response to CRM email</source>
        <translation>E-mail non suivi&#xa0;: pas une réponse à un e-mail CRM</translation>
    </message>
    <message>
        <source>Email not tracked: sender not in CRM</source>
        <translation>E-mail non suivi&#xa0;: expéditeur absent de CRM</translation>
    </message>
    <message>
        <source>Email not tracked: automatic tracking is off</source>
        <translation>E-mail non suivi&#xa0;: le suivi automatique est désactivé</translation>
    </message>
    <message>
        <source>CRM email sent</source>
        <translation>E-mail CRM envoyé</translation>
    </message>
    <message>
        <source>CRM email not sent: mailbox cannot send</source>
        <translation>E-mail CRM non envoyé&#xa0;: la boîte aux lettres ne peut pas envoyer</translation>
    </message>
    <message>
        <source>Deleted in CRM: Outlook copy deleted</source>
        <translation>Supprimé dans CRM&#xa0;: copie Outlook supprimée</translation>
    </message>
    <message>
        <source>Copied to Outlook</source>
        <translation>Copié dans Outlook</translation>
    </message>
    <message>
        <source>CRM change copied to Outlook</source>
        <translation>Modification CRM copiée dans Outlook</translation>
    </message>
    <message>
        <source>Left the sync filters: Outlook copy kept</source>
        <translation>Sorti des filtres de synchronisation&#xa0;: copie Outlook conservée</translation>
    </message>
    <message>
        <source>Left the sync filters: Outlook copy deleted</source>
        <translation>Sorti des filtres de synchronisation&#xa0;: copie Outlook supprimée</translation>
    </message>
    <message>
        <source>CRM change not sent: out of the sync filters</source>
        <translation>Modification CRM non envoyée&#xa0;: hors des filtres de synchronisation</translation>
    </message>
    <message>
        <source>Not in any sync filter: not copied</source>
        <translation>Dans aucun filtre de synchronisation&#xa0;: non copié</translation>
    </message>
    <message>
        <source>Tracked in Outlook: created in CRM</source>
        <translation>Suivi dans Outlook&#xa0;: créé dans CRM</translation>
    </message>
    <message>
        <source>Not tracked in Outlook: stays in Exchange</source>
        <translation>Non suivi dans Outlook&#xa0;: reste dans Exchange</translation>
    </message>
    <message>
        <source>Outlook change copied to CRM</source>
        <translation>Modification Outlook copiée dans CRM</translation>
    </message>
    <message>
        <source>Outlook overwrote a CRM edit</source>
        <translation>Outlook a écrasé une modification CRM</translation>
    </message>
    <message>
        <source>Changed on both sides: Outlook won</source>
        <translation>Modifié des deux côtés&#xa0;: Outlook l’a emporté</translation>
    </message>
    <message>
        <source>Changed on both sides: CRM won</source>
        <translation>Modifié des deux côtés&#xa0;: CRM l’a emporté</translation>
    </message>
    <message>
        <source>Deleted in Outlook: CRM record kept</source>
        <translation>Supprimé dans Outlook&#xa0;: enregistrement CRM conservé</translation>
    </message>
    <message>
        <source>Deleted in Outlook: CRM record deleted</source>
        <translation>Supprimé dans Outlook&#xa0;: enregistrement CRM supprimé</translation>
    </message>
    <message>
        <source>Mailbox not approved</source>
        <translation>Boîte aux lettres non approuvée</translation>
    </message>
    <message>
        <source>Mailbox disabled: credentials refused</source>
        <translation>Boîte aux lettres désactivée&#xa0;: informations d’identification refusées</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Échec temporaire</translation>
    </message>
    <message>
        <source>Mailbox disabled after repeated failures</source>
        <translation>Boîte aux lettres désactivée après des échecs répétés</translation>
    </message>
    <message>
        <source>Mailbox synchronises again</source>
        <translation>La boîte aux lettres se synchronise de nouveau</translation>
    </message>
    <message>
        <source>Deleted in CRM: Outlook copy kept, unlinked</source>
        <translation>Supprimé dans le CRM&#xa0;: copie Outlook conservée, sans lien</translation>
    </message>
    <message>
        <source>Back in the sync filters: Outlook copy caught up</source>
        <translation>De retour dans les filtres&#xa0;: copie Outlook mise à jour</translation>
    </message>
    <message>
        <source>Email tracked: a reply to an email in CRM</source>
        <translation>E-mail suivi&#xa0;: réponse à un e-mail dans CRM</translation>
    </message>
    <message>
        <source>Email tracked: same conversation index</source>
        <translation>E-mail suivi&#xa0;: même index de conversation</translation>
    </message>
    <message>
        <source>Email not tracked: not in the Inbox or a tracked folder</source>
        <translation>E-mail non suivi&#xa0;: ni dans la boîte de réception ni dans un dossier suivi</translation>
    </message>
    <message>
        <source>Email not tracked: no user in To or Cc (a list or Bcc)</source>
        <translation>E-mail non suivi&#xa0;: aucun utilisateur en À ou Cc (une liste ou Cci)</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReasonCountModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a reason code such as NOT_IN_SCOPE, %2 its meaning</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code de raison</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportCharts</name>
    <message>
        <source>Mailboxes by state</source>
        <translation>Boîtes aux lettres par état</translation>
    </message>
    <message>
        <source>Decisions by reason code per day</source>
        <translation>Décisions par code de raison et par jour</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>autres raisons</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportDialog</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file, for any browser)</source>
        <translation>HTML (un seul fichier, pour tout navigateur)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>Pa&amp;ges&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’exportation a échoué.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportFile</name>
    <message>
        <source>%1: a report is written as .html or .pdf, not &quot;%2&quot;</source>
        <translation>%1&#xa0;: un rapport s’écrit au format .html ou .pdf, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied</source>
        <translation>Impossible d’écrire %1&#xa0;: autorisation refusée</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportFindings</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters leave out past meetings</source>
        <translation>Des filtres excluent les réunions passées</translation>
    </message>
    <message>
        <source>Meetings that are over leave these filters. Their Outlook copies stay but no longer receive CRM&apos;s changes, and an edit of one in Outlook overwrites the CRM record.</source>
        <translation>Les réunions terminées sortent de ces filtres. Leurs copies Outlook restent, mais ne reçoivent plus les modifications de CRM, et la modification de l’une d’elles dans Outlook écrase l’enregistrement CRM.</translation>
    </message>
    <message>
        <source>Keep past meetings in the filter (a start date with no lower bound), or tell the users that Outlook edits of old meetings change CRM.</source>
        <translation>Conservez les réunions passées dans le filtre (une date de début sans limite inférieure), ou prévenez les utilisateurs que les modifications d’anciennes réunions dans Outlook modifient CRM.</translation>
    </message>
    <message>
        <source>Users track all email</source>
        <translation>Des utilisateurs suivent tous les e-mails</translation>
    </message>
    <message>
        <source>Every incoming email of these users is tracked in CRM, private mail included, and visible to everyone who can read those records.</source>
        <translation>Chaque e-mail entrant de ces utilisateurs est suivi dans CRM, messages privés compris, et visible par tous ceux qui peuvent lire ces enregistrements.</translation>
    </message>
    <message>
        <source>Set their email filtering to replies to CRM email or to email from CRM records (Personal options ▸ Email ▸ Select the email messages to track).</source>
        <translation>Définissez leur filtrage des e-mails sur les réponses aux e-mails CRM ou sur les e-mails provenant d’enregistrements CRM (Options personnelles ▸ E-mail ▸ Sélectionner les messages électroniques à suivre).</translation>
    </message>
    <message>
        <source>Mailboxes await approval</source>
        <translation>Des boîtes aux lettres attendent leur approbation</translation>
    </message>
    <message>
        <source>Nothing synchronises for these users: no email is tracked and no appointment, contact or task reaches their Outlook.</source>
        <translation>Rien n’est synchronisé pour ces utilisateurs&#xa0;: aucun e-mail n’est suivi et aucun rendez-vous, contact ou tâche n’arrive dans leur Outlook.</translation>
    </message>
    <message>
        <source>Approve the email addresses of these mailboxes (Mailbox ▸ Approve Email), then Test &amp; Enable them.</source>
        <translation>Approuvez les adresses e-mail de ces boîtes aux lettres (Boîte aux lettres ▸ Approuver l’e-mail), puis exécutez «&#xa0;Tester et activer&#xa0;» pour elles.</translation>
    </message>
    <message>
        <source>Smart matching with loose thresholds</source>
        <translation>Correspondance intelligente avec des seuils trop larges</translation>
    </message>
    <message>
        <source>Smart matching tracks an email that only resembles a tracked one (%1 shared addresses, %2 words of the subject may differ, up to %3 recipients): unrelated emails end up on CRM records.</source>
        <translation>La correspondance intelligente suit un e-mail qui ne fait que ressembler à un e-mail suivi (%1 adresses communes, %2 mots de l’objet peuvent différer, jusqu’à %3 destinataires)&#xa0;: des e-mails sans rapport se retrouvent sur des enregistrements CRM.</translation>
    </message>
    <message>
        <source>Use tracking tokens and correlation instead, or tighten the thresholds (at least 2 addresses, no subject difference).</source>
        <translation>Utilisez plutôt les jetons de suivi et la corrélation, ou resserrez les seuils (au moins 2 adresses, aucune différence d’objet).</translation>
    </message>
    <message>
        <source>records that leave a filter (removed from Outlook)</source>
        <translation>enregistrements qui sortent d’un filtre (supprimés d’Outlook)</translation>
    </message>
    <message>
        <source>Deletes propagate</source>
        <translation>Les suppressions se propagent</translation>
    </message>
    <message>
        <source>A delete on one side removes the record on the other: %1. Users who tidy their Outlook can delete CRM data.</source>
        <translation>Une suppression d’un côté supprime l’enregistrement de l’autre&#xa0;: %1. Les utilisateurs qui font le ménage dans leur Outlook peuvent supprimer des données CRM.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Explain the rule in training, or set sync.exchangeDelete to untrack for the types where CRM must keep its records.</source>
        <translation>Expliquez la règle lors des formations, ou définissez sync.exchangeDelete sur untrack pour les types dont CRM doit conserver les enregistrements.</translation>
    </message>
    <message>
        <source>Filters differ from the org&apos;s templates</source>
        <translation>Des filtres diffèrent des modèles de l’organisation</translation>
    </message>
    <message>
        <source>These users synchronise other records than their colleagues: what one sees in Outlook another may not.</source>
        <translation>Ces utilisateurs synchronisent d’autres enregistrements que leurs collègues&#xa0;: ce que l’un voit dans Outlook, un autre peut ne pas le voir.</translation>
    </message>
    <message>
        <source>Compare each filter with the template of its type and reset the ones nobody chose on purpose.</source>
        <translation>Comparez chaque filtre au modèle de son type et réinitialisez ceux que personne n’a choisis délibérément.</translation>
    </message>
    <message>
        <source>Filters select nothing</source>
        <translation>Des filtres ne sélectionnent rien</translation>
    </message>
    <message>
        <source>These filters put no record in scope now: they synchronise nothing to Outlook.</source>
        <translation>Ces filtres ne placent actuellement aucun enregistrement dans le périmètre&#xa0;: ils ne synchronisent rien vers Outlook.</translation>
    </message>
    <message>
        <source>Check the conditions with the filter designer&apos;s preview, or remove the filter.</source>
        <translation>Vérifiez les conditions avec l’aperçu du concepteur de filtres, ou supprimez le filtre.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportGatherer</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Every incoming email is tracked in CRM (All email messages).</source>
        <translation>Chaque e-mail entrant est suivi dans CRM (Tous les messages électroniques).</translation>
    </message>
    <message>
        <source>Only replies to emails tracked in CRM are tracked (Email messages in response to Dynamics 365 email).</source>
        <translation>Seules les réponses aux e-mails suivis dans CRM sont suivies (Messages électroniques en réponse à un message électronique Dynamics 365).</translation>
    </message>
    <message>
        <source>Emails from senders who are CRM records (leads, contacts, accounts) are tracked, and replies to tracked emails (Email messages from Dynamics 365 leads, contacts and accounts).</source>
        <translation>Les e-mails d’expéditeurs qui sont des enregistrements CRM (prospects, contacts, comptes) sont suivis, ainsi que les réponses aux e-mails suivis (Messages électroniques provenant de prospects, contacts et comptes Dynamics 365).</translation>
    </message>
    <message>
        <source>Emails from CRM records whose type is enabled for email are tracked, and replies to tracked emails (Email messages from Dynamics 365 records that are email enabled).</source>
        <translation>Les e-mails provenant d’enregistrements CRM dont le type est à extension messagerie sont suivis, ainsi que les réponses aux e-mails suivis (Messages électroniques provenant d’enregistrements Dynamics 365 à extension messagerie).</translation>
    </message>
    <message>
        <source>No incoming email is tracked automatically (No email messages).</source>
        <translation>Aucun e-mail entrant n’est suivi automatiquement (Aucun message électronique).</translation>
    </message>
    <message>
        <source>Server-Side Sync</source>
        <translation>Synchronisation côté serveur</translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation>non synchronisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no user &quot;%2&quot;</source>
        <translation>%1 n’a pas d’utilisateur «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportHtml</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The org&apos;s rules</source>
        <translation>Les règles de l’organisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Sync policy report: %1</source>
        <translation>Rapport de stratégie de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated %1; the org&apos;s clock: %2; source: %3.</source>
        <translation>Généré le %1&#xa0;; horloge de l’organisation&#xa0;: %2&#xa0;; source&#xa0;: %3.</translation>
    </message>
    <message>
        <source>This org has no users and no mailboxes: there is nothing to synchronise yet, so this report is short.</source>
        <translation>Cette organisation n’a ni utilisateurs ni boîtes aux lettres&#xa0;: il n’y a encore rien à synchroniser, ce rapport est donc court.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>This org has no users.</source>
        <translation>Cette organisation n’a pas d’utilisateurs.</translation>
    </message>
    <message>
        <source>No user has a sync filter: no appointment, contact or task goes from CRM to Outlook.</source>
        <translation>Aucun utilisateur n’a de filtre de synchronisation&#xa0;: aucun rendez-vous, contact ou tâche ne passe de CRM à Outlook.</translation>
    </message>
    <message>
        <source>%1 · %2 · time zone %3</source>
        <translation>%1 · %2 · fuseau horaire %3</translation>
    </message>
    <message>
        <source>Email filtering: %1</source>
        <translation>Filtrage des e-mails&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sync filters: nothing goes from CRM to this user&apos;s Outlook.</source>
        <translation>Aucun filtre de synchronisation&#xa0;: rien ne passe de CRM à l’Outlook de cet utilisateur.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>What it selects</source>
        <translation>Ce qu’il sélectionne</translation>
    </message>
    <message>
        <source>In scope now</source>
        <translation>Actuellement dans le périmètre</translation>
    </message>
    <message>
        <source>Own records left out</source>
        <translation>Propres enregistrements exclus</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>No mailbox: nothing synchronises for this user.</source>
        <translation>Aucune boîte aux lettres&#xa0;: rien n’est synchronisé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Mailbox %1: %2; %3; last synchronised %4.</source>
        <translation>Boîte aux lettres %1&#xa0;: %2&#xa0;; %3&#xa0;; dernière synchronisation&#xa0;: %4.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <source>Last alert (%1): %2</source>
        <translation>Dernière alerte (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mailboxes by state</source>
        <translation>Boîtes aux lettres par état</translation>
    </message>
    <message>
        <source>This org has no mailboxes.</source>
        <translation>Cette organisation n’a pas de boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Failing and disabled mailboxes</source>
        <translation>Boîtes aux lettres en échec et désactivées</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Alerts of the last 7 days</source>
        <translation>Alertes des 7 derniers jours</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Decisions by reason code per day</source>
        <translation>Décisions par code de raison et par jour</translation>
    </message>
    <message>
        <source>No decisions in the last 14 days.</source>
        <translation>Aucune décision au cours des 14 derniers jours.</translation>
    </message>
    <message>
        <source>Nothing surprising was found.</source>
        <translation>Rien de surprenant n’a été constaté.</translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation>Conséquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportPdf</name>
    <message>
        <source>Sync policy report: %1</source>
        <translation>Rapport de stratégie de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportRules</name>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Tracking tokens</source>
        <translation>Jetons de suivi</translation>
    </message>
    <message>
        <source>Emails sent from CRM carry a tracking token in the subject, such as “%1” (prefix “%2”, %3 digits); a reply that keeps it is tracked with the same regarding record.</source>
        <translation>Les e-mails envoyés depuis CRM portent un jeton de suivi dans l’objet, par exemple «&#xa0;%1&#xa0;» (préfixe «&#xa0;%2&#xa0;», %3 chiffres)&#xa0;; une réponse qui le conserve est suivie avec le même enregistrement Concernant.</translation>
    </message>
    <message>
        <source>Emails carry no tracking token: replies are recognised only by conversation and, if switched on, smart matching.</source>
        <translation>Les e-mails ne portent aucun jeton de suivi&#xa0;: les réponses ne sont reconnues que par la conversation et, si elle est activée, par la correspondance intelligente.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <source>A reply in the same conversation as a tracked email (its In-Reply-To or conversation index) is tracked too.</source>
        <translation>Une réponse dans la même conversation qu’un e-mail suivi (son en-tête In-Reply-To ou son index de conversation) est également suivie.</translation>
    </message>
    <message>
        <source>Conversation data is not used: a reply is tracked only by its token or smart matching.</source>
        <translation>Les données de conversation ne sont pas utilisées&#xa0;: une réponse n’est suivie que grâce à son jeton ou à la correspondance intelligente.</translation>
    </message>
    <message>
        <source>Smart matching</source>
        <translation>Correspondance intelligente</translation>
    </message>
    <message>
        <source>Smart matching is on: an email whose subject matches a tracked email&apos;s (up to %1 words different) and that shares at least %2 addresses with it, with at most %3 recipients, is tracked like it.</source>
        <translation>La correspondance intelligente est activée&#xa0;: un e-mail dont l’objet correspond à celui d’un e-mail suivi (jusqu’à %1 mots différents), qui partage au moins %2 adresses avec lui et compte au plus %3 destinataires est suivi comme lui.</translation>
    </message>
    <message>
        <source>Smart matching is off: a similar subject and the same people are not enough to track an email.</source>
        <translation>La correspondance intelligente est désactivée&#xa0;: un objet similaire et les mêmes personnes ne suffisent pas pour suivre un e-mail.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook keeps the CRM record and stops synchronising it with that Outlook.</source>
        <translation>%1&#xa0;: une suppression dans Outlook conserve l’enregistrement CRM et cesse de le synchroniser avec cet Outlook.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook deletes the linked CRM record.</source>
        <translation>%1&#xa0;: une suppression dans Outlook supprime l’enregistrement CRM lié.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook deletes the CRM record when the user organises the meeting and it is active and still ahead; otherwise CRM keeps it.</source>
        <translation>%1&#xa0;: une suppression dans Outlook supprime l’enregistrement CRM lorsque l’utilisateur organise la réunion et que celle-ci est active et encore à venir&#xa0;; sinon, CRM le conserve.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook deletes the CRM record while it is still open; a completed or canceled one stays in CRM.</source>
        <translation>%1&#xa0;: une suppression dans Outlook supprime l’enregistrement CRM tant qu’il est encore ouvert&#xa0;; un enregistrement terminé ou annulé reste dans CRM.</translation>
    </message>
    <message>
        <source>Delete in Outlook</source>
        <translation>Suppression dans Outlook</translation>
    </message>
    <message>
        <source>Contacts: a delete in CRM removes the copies from the Outlook of every user but the owner, whose copy stays.</source>
        <translation>Contacts&#xa0;: une suppression dans CRM retire les copies de l’Outlook de tous les utilisateurs sauf du propriétaire, dont la copie reste.</translation>
    </message>
    <message>
        <source>Appointments: a delete in CRM removes the Outlook copies of an active meeting still ahead; copies of meetings that are over stay.</source>
        <translation>Rendez-vous&#xa0;: une suppression dans CRM retire les copies Outlook d’une réunion active encore à venir&#xa0;; les copies des réunions terminées restent.</translation>
    </message>
    <message>
        <source>Tasks: a delete in CRM removes the Outlook copies.</source>
        <translation>Tâches&#xa0;: une suppression dans CRM retire les copies Outlook.</translation>
    </message>
    <message>
        <source>Delete in CRM</source>
        <translation>Suppression dans CRM</translation>
    </message>
    <message>
        <source>(the documented rules of Server-Side Sync)</source>
        <translation>(les règles documentées de la synchronisation côté serveur)</translation>
    </message>
    <message>
        <source>Leaving a filter</source>
        <translation>Sortie d’un filtre</translation>
    </message>
    <message>
        <source>A record that leaves every sync filter of its user is removed from that user&apos;s Outlook; CRM keeps it.</source>
        <translation>Un enregistrement qui sort de tous les filtres de synchronisation de son utilisateur est retiré de l’Outlook de cet utilisateur&#xa0;; CRM le conserve.</translation>
    </message>
    <message>
        <source>A record that leaves every sync filter of its user stays in Outlook but no longer receives CRM&apos;s changes; edits made in Outlook still change CRM.</source>
        <translation>Un enregistrement qui sort de tous les filtres de synchronisation de son utilisateur reste dans Outlook, mais ne reçoit plus les modifications de CRM&#xa0;; les modifications faites dans Outlook modifient toujours CRM.</translation>
    </message>
    <message>
        <source>both ways: %1</source>
        <translation>dans les deux sens&#xa0;: %1</translation>
    </message>
    <message>
        <source>from CRM to Outlook only: %1</source>
        <translation>de CRM vers Outlook uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>from Outlook to CRM only: %1</source>
        <translation>d’Outlook vers CRM uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>not synchronised: %1</source>
        <translation>non synchronisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>no field is synchronised</source>
        <translation>aucun champ n’est synchronisé</translation>
    </message>
    <message>
        <source>Field directions</source>
        <translation>Sens de synchronisation des champs</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportScope</name>
    <message>
        <source>(its FetchXML cannot be read, so it selects nothing)</source>
        <translation>(son FetchXML est illisible&#xa0;; il ne sélectionne donc rien)</translation>
    </message>
    <message>
        <source>(it cannot be evaluated: %1)</source>
        <translation>(il ne peut pas être évalué&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>SyncLens::RunUntilDialog</name>
    <message>
        <source>Run Until</source>
        <translation>Exécuter jusqu’à</translation>
    </message>
    <message numerus="yes">
        <source>The simulated clock stands at %1. Cycles run every %n minute(s) of simulated time until the time below.</source>
        <translation>
            <numerusform>L’horloge simulée indique %1. Les cycles s’exécutent à intervalles de %n minute de temps simulé jusqu’à l’heure ci-dessous.</numerusform>
            <numerusform>L’horloge simulée indique %1. Les cycles s’exécutent à intervalles de %n minutes de temps simulé jusqu’à l’heure ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until (UTC)</source>
        <translation>Exécuter jusqu’à (UTC)</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Jusqu’à (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
</context>
<context>
    <name>SyncLens::SandboxGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>opération annulée</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow replacing it</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre fichier ou autorisez son remplacement</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is open in another SyncLens process</source>
        <translation>%1 est ouvert dans un autre processus SyncLens</translation>
    </message>
    <message>
        <source>Sandbox org (seed %1)</source>
        <translation>Organisation bac à sable (graine %1)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written (renaming the finished file failed)</source>
        <translation>Impossible d’écrire %1 (le renommage du fichier terminé a échoué)</translation>
    </message>
</context>
<context>
    <name>SyncLens::SandboxHistoryRunner</name>
    <message>
        <source>cancelled</source>
        <translation>opération annulée</translation>
    </message>
</context>
<context>
    <name>SyncLens::SandboxSpec</name>
    <message>
        <source>the number of users must be from 1 to 10000, not %1</source>
        <translation>le nombre d’utilisateurs doit être compris entre 1 et 10000, et non %1</translation>
    </message>
    <message>
        <source>the number of items must be from 0 to 50000000, not %1</source>
        <translation>le nombre d’éléments doit être compris entre 0 et 50000000, et non %1</translation>
    </message>
    <message>
        <source>the org&apos;s clock is not a valid time</source>
        <translation>l’horloge de l’organisation n’indique pas une heure valide</translation>
    </message>
    <message>
        <source>the days of history must be from 0 to %1, not %2</source>
        <translation>le nombre de jours d’historique doit être compris entre 0 et %1, et non %2</translation>
    </message>
    <message>
        <source>an org with a history can have at most %1 items, not %2</source>
        <translation>une organisation avec un historique peut avoir au plus %1 éléments, et non %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioCheckReader</name>
    <message>
        <source>%1 has two checks, &quot;%2&quot; and &quot;%3&quot;; an expect step has one</source>
        <translation>%1 a deux vérifications, «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»&#xa0;; une étape expect n’en a qu’une</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; an expect step needs one check: %3</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» dans %2&#xa0;; une étape expect nécessite une vérification&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 needs one check: %2</source>
        <translation>%1 nécessite une vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a record or item of type %2, not an email</source>
        <translation>«&#xa0;%1&#xa0;» est un enregistrement ou un élément de type %2, et non un e-mail</translation>
    </message>
    <message>
        <source>&quot;inScope&quot; needs a contact, appointment or task; &quot;%1&quot; is of type %2</source>
        <translation>&quot;inScope&quot; nécessite un contact, un rendez-vous ou une tâche&#xa0;; «&#xa0;%1&#xa0;» est de type %2</translation>
    </message>
    <message>
        <source>&quot;includes&quot; must be a list of one or more reason codes</source>
        <translation>&quot;includes&quot; doit être une liste d’un ou plusieurs codes de raison</translation>
    </message>
    <message>
        <source>%1: unknown reason code &quot;%2&quot;</source>
        <translation>%1&#xa0;: code de raison inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;fields&quot; cannot be checked on a record that is expected not to exist</source>
        <translation>&quot;fields&quot; ne peut pas être vérifié sur un enregistrement censé ne pas exister</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioChecker</name>
    <message>
        <source>there is no mailbox %1</source>
        <translation>il n’y a pas de boîte aux lettres %1</translation>
    </message>
    <message>
        <source>No decision was made about %1.</source>
        <translation>Aucune décision n’a été prise concernant %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioEntityReader</name>
    <message>
        <source>user &quot;%1&quot; already has mailbox &quot;%2&quot;; a user has one mailbox</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» a déjà la boîte aux lettres «&#xa0;%2&#xa0;»&#xa0;; un utilisateur n’a qu’une boîte aux lettres</translation>
    </message>
    <message>
        <source>&quot;fetchxml&quot; does not parse: %1</source>
        <extracomment>%1 is the FetchXML parser&apos;s message, which starts with its own line and column</extracomment>
        <translation>&quot;fetchxml&quot; ne peut pas être analysé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;fetchxml&quot; queries %1 records, but the filter&apos;s type is %2</source>
        <translation>&quot;fetchxml&quot; interroge des enregistrements de type %1, mais le type du filtre est %2</translation>
    </message>
    <message>
        <source>&quot;timeZone&quot; must be an IANA time zone name such as Europe/Paris or America/Los_Angeles, not &quot;%1&quot;</source>
        <extracomment>%1 the value given, e.g. &quot;Europe/Pariss&quot;</extracomment>
        <translation>«&#xa0;timeZone&#xa0;» doit être un nom de fuseau horaire IANA comme Europe/Paris ou America/Los_Angeles, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a user&apos;s id; a team needs its own</source>
        <translation>«&#xa0;%1&#xa0;» est déjà l’identifiant d’un utilisateur&#xa0;; une équipe a besoin du sien</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioFieldChecker</name>
    <message>
        <source>%1 cannot be null here: null clears a field in an update and matches an empty field in a check</source>
        <translation>%1 ne peut pas être null ici&#xa0;: null efface un champ lors d’une mise à jour et correspond à un champ vide lors d’une vérification</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date, such as 2026-03-10 or 2026-03-10T09:00:00Z</source>
        <translation>%1 doit être une date ISO 8601, par exemple 2026-03-10 ou 2026-03-10T09:00:00Z</translation>
    </message>
    <message>
        <source>%1 must be a whole number (a choice)</source>
        <translation>%1 doit être un nombre entier (un choix)</translation>
    </message>
    <message>
        <source>%1 must be one of %2; not %3</source>
        <translation>%1 doit valoir l’une des valeurs %2, et non %3</translation>
    </message>
    <message>
        <source>%1 must be a string, a number, true or false, or a list of those; not %2</source>
        <translation>%1 doit être une chaîne, un nombre, true ou false, ou une liste de ces valeurs, et non %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioGalleryModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>a scenario in the gallery: %1 its number, %2 its title</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioIds</name>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown mailbox &quot;%1&quot;</source>
        <translation>boîte aux lettres inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>filtre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown record or item &quot;%1&quot;: no earlier record, email or item has this id</source>
        <translation>enregistrement ou élément inconnu «&#xa0;%1&#xa0;»&#xa0;: aucun enregistrement, e-mail ou élément antérieur n’a cet ID</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>ID «&#xa0;%1&#xa0;» en double (première occurrence à la ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a record or item of type %2, not an email</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un enregistrement ou un élément de type %2, et non un e-mail</translation>
    </message>
    <message>
        <source>email &quot;%1&quot; already arrived in mailbox &quot;%2&quot; (line %3, column %4)</source>
        <translation>l’e-mail «&#xa0;%1&#xa0;» est déjà arrivé dans la boîte aux lettres «&#xa0;%2&#xa0;» (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation>équipe inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioLoader</name>
    <message>
        <source>a scenario file holds one JSON object, not %1</source>
        <translation>un fichier de scénario contient un seul objet JSON, et non %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a scenario file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>&quot;format&quot; est absent&#xa0;; un fichier de scénario commence par &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2</source>
        <translation>&quot;format&quot; doit valoir &quot;%1&quot;, et non %2</translation>
    </message>
    <message>
        <source>&quot;do&quot; is missing in %1</source>
        <translation>&quot;do&quot; est absent dans %1</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is before the scenario&apos;s start, %2; time never goes back</source>
        <translation>&quot;at&quot; %1 est antérieur au début du scénario, %2&#xa0;; le temps ne recule jamais</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is before step %2, at %3; time never goes back</source>
        <translation>&quot;at&quot; %1 est antérieur à l’étape %2, à %3&#xa0;; le temps ne recule jamais</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioNode</name>
    <message>
        <source>the scenario</source>
        <translation>le scénario</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>l’étape %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <extracomment>%1 names a key, %2 what it must be, %3 what the file has: &quot;title&quot; must be a string, not a number</extracomment>
        <translation>%1 doit être %2, et non %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2; not %3</source>
        <translation>%1 doit valoir l’une des valeurs %2, et non %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; expected one of %3</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» dans %2&#xa0;; clés attendues&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing in %2</source>
        <translation>«&#xa0;%1&#xa0;» est absent dans %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be an email address, not &quot;%2&quot;</source>
        <translation>%1 doit être une adresse e-mail, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date and time with a time zone, such as 2026-03-02T08:00:00Z; not %2</source>
        <translation>%1 doit être une date et heure ISO 8601 avec fuseau horaire, par exemple 2026-03-02T08:00:00Z, et non %2</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioPlayer</name>
    <message>
        <source>%1:%2:%3: step %4 (%5): %6</source>
        <translation>%1:%2:%3: étape %4 (%5)&#xa0;: %6</translation>
    </message>
    <message>
        <source>the check is missing</source>
        <translation>la vérification est absente</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioPlayerPanel</name>
    <message>
        <source>The chosen step and its outcome</source>
        <translation>L’étape choisie et son résultat</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Ouvrir un fichier de scénario</translation>
    </message>
    <message>
        <source>&amp;Close Scenario</source>
        <translation>Fer&amp;mer le scénario</translation>
    </message>
    <message>
        <source>Close the scenario: the views show the org again</source>
        <translation>Fermer le scénario&#xa0;: les vues affichent de nouveau l’organisation</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>Play the next step</source>
        <translation>Lire l’étape suivante</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Play the steps at the chosen pace, or pause</source>
        <translation>Lire les étapes au rythme choisi, ou mettre en pause</translation>
    </message>
    <message>
        <source>&amp;Rewind</source>
        <translation>&amp;Revenir au début</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <source>Scenario gallery</source>
        <translation>Galerie de scénarios</translation>
    </message>
    <message>
        <source>Choose a scenario from the gallery…</source>
        <translation>Choisissez un scénario dans la galerie…</translation>
    </message>
    <message>
        <source>&amp;Gallery:</source>
        <translation>&amp;Galerie&#xa0;:</translation>
    </message>
    <message>
        <source>Why the scenario did not open</source>
        <translation>Pourquoi le scénario ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>Titre du scénario</translation>
    </message>
    <message>
        <source>Scenario story</source>
        <translation>Récit du scénario</translation>
    </message>
    <message>
        <source>Time between steps while playing</source>
        <translation>Temps entre deux étapes pendant la lecture</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>R&amp;ythme&#xa0;:</translation>
    </message>
    <message>
        <source>Position in the scenario</source>
        <translation>Position dans le scénario</translation>
    </message>
    <message>
        <source>Checks passed and failed</source>
        <translation>Vérifications réussies et en échec</translation>
    </message>
    <message>
        <source>The scenario&apos;s steps</source>
        <translation>Les étapes du scénario</translation>
    </message>
    <message>
        <source>This scenario cannot be opened:
%1</source>
        <extracomment>%1 the loader&apos;s message, FILE:LINE:COLUMN: problem</extracomment>
        <translation>Ce scénario ne peut pas être ouvert&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No scenario is open</source>
        <translation>Aucun scénario n’est ouvert</translation>
    </message>
    <message>
        <source>Choose one from the gallery or open a file: the Timeline and Explain then show the scenario&apos;s own small org, step by step.</source>
        <translation>Choisissez-en un dans la galerie ou ouvrez un fichier&#xa0;: les panneaux Chronologie et Explication affichent alors la petite organisation propre au scénario, étape par étape.</translation>
    </message>
    <message>
        <source>The scenario stopped: %1</source>
        <translation>Le scénario s’est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s). Press F10 to play the first.</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n étape. Appuyez sur F10 pour lire la première.</numerusform>
            <numerusform>Prêt&#xa0;: %n étapes. Appuyez sur F10 pour lire la première.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The end: all %n step(s) played.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n étape lue.</numerusform>
            <numerusform>Terminé&#xa0;: les %n étapes ont été lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 the steps played, %2 all steps</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed</source>
        <translation>Vérifications&#xa0;: %1 réussie(s), %2 en échec</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioReport</name>
    <message>
        <source>%1 step %2</source>
        <extracomment>%1 is a file, %2 a step number, e.g. &quot;scenarios/01.json step 4&quot;</extracomment>
        <translation>%1, étape %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <extracomment>The last line of a scenario run; keep the form &quot;N passed, M failed&quot;</extracomment>
        <translation>%1 réussie(s), %2 en échec</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepApplier</name>
    <message>
        <source>there is no CRM record %1</source>
        <translation>il n’y a pas d’enregistrement CRM %1</translation>
    </message>
    <message>
        <source>there is no item %1 in mailbox %2</source>
        <translation>il n’y a pas d’élément %1 dans la boîte aux lettres %2</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>il n’y a pas d’utilisateur %1</translation>
    </message>
    <message>
        <source>there is no mailbox %1</source>
        <translation>il n’y a pas de boîte aux lettres %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepModel</name>
    <message>
        <source>Passed.</source>
        <translation>Réussie.</translation>
    </message>
    <message>
        <source>Failed: expected %1, found %2.</source>
        <extracomment>%1 what the check expected, %2 what the org had</extracomment>
        <translation>Échec&#xa0;: %1 attendu, %2 trouvé.</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <extracomment>a check&apos;s step, then its outcome</extracomment>
        <translation>%1 — réussie</translation>
    </message>
    <message>
        <source>%1 — FAILED</source>
        <translation>%1 — ÉCHEC</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepReader</name>
    <message>
        <source>&quot;conversationIndex&quot; must be hexadecimal: a 22-byte header and 5 bytes per reply (44 digits, then 10 more per reply)</source>
        <translation>&quot;conversationIndex&quot; doit être hexadécimal&#xa0;: un en-tête de 22 octets et 5 octets par réponse (44 chiffres, puis 10 de plus par réponse)</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepText</name>
    <message>
        <source>%1  %2</source>
        <extracomment>a scenario step: %1 its time, %2 what happens</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>A sync cycle runs for every mailbox</source>
        <translation>Un cycle de synchronisation s’exécute pour chaque boîte aux lettres</translation>
    </message>
    <message>
        <source>A sync cycle runs for %1&apos;s mailbox</source>
        <translation>Un cycle de synchronisation s’exécute pour la boîte aux lettres de %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The %1 %2 is created in CRM</source>
        <extracomment>%1 a record type (appointment, contact…), %2 its id</extracomment>
        <translation>Création de %2 (%1) dans CRM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sends an email from CRM: %2</source>
        <extracomment>%1 a person, %2 the email&apos;s subject</extracomment>
        <translation>%1 envoie un e-mail depuis CRM&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is deleted in CRM</source>
        <translation>%1 est supprimé dans CRM</translation>
    </message>
    <message>
        <source>%1 is edited in CRM: %2</source>
        <extracomment>%1 a record&apos;s id, %2 its changed fields and their values</extracomment>
        <translation>%1 est modifié dans CRM&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 receives an email: %2 from %3</source>
        <extracomment>%1 a person, %2 an email&apos;s subject, %3 its sender&apos;s address</extracomment>
        <translation>%1 reçoit un e-mail&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 creates the %2 %3 in Outlook</source>
        <extracomment>%1 a person, %2 a type (appointment, task…), %3 the item&apos;s id</extracomment>
        <translation>%1 crée %3 (%2) dans Outlook</translation>
    </message>
    <message>
        <source>%1 edits %2 in Outlook: %3</source>
        <extracomment>%1 a person, %2 an item&apos;s id, %3 the changed fields and their values</extracomment>
        <translation>%1 modifie %2 dans Outlook&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 deletes %2 in Outlook</source>
        <translation>%1 supprime %2 dans Outlook</translation>
    </message>
    <message>
        <source>%1 clicks Track on %2 in Outlook</source>
        <translation>%1 clique sur Suivre pour %2 dans Outlook</translation>
    </message>
    <message>
        <source>%1 clicks Track on %2 in Outlook, regarding %3</source>
        <extracomment>%3 the record the item is set regarding</extracomment>
        <translation>%1 clique sur Suivre pour %2 dans Outlook, concernant %3</translation>
    </message>
    <message>
        <source>%1 makes the folder %2 a tracked folder</source>
        <translation>%1 fait du dossier %2 un dossier suivi</translation>
    </message>
    <message>
        <source>The sync filter %1 of %2 is saved</source>
        <extracomment>%1 a sync filter&apos;s name, %2 a person</extracomment>
        <translation>Le filtre de synchronisation %1 de %2 est enregistré</translation>
    </message>
    <message>
        <source>The sync filter %1 is removed</source>
        <translation>Le filtre de synchronisation %1 est supprimé</translation>
    </message>
    <message>
        <source>%1&apos;s settings change: %2</source>
        <extracomment>%1 a person, %2 the settings and their new values</extracomment>
        <translation>Les paramètres de %1 changent&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox changes: %2</source>
        <translation>La boîte aux lettres de %1 change&#xa0;: %2</translation>
    </message>
    <message>
        <source>The org&apos;s settings change: %1</source>
        <translation>Les paramètres de l’organisation changent&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s mailbox will fail its next %n cycle(s) (%2)</source>
        <extracomment>%1 a person, %2 a number of cycles, %3 the kind of failure (auth, transient, throttle)</extracomment>
        <translation>
            <numerusform>La boîte aux lettres de %1 échouera pendant %n cycle (%2)</numerusform>
            <numerusform>La boîte aux lettres de %1 échouera pendant les %n prochains cycles (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1 is in %2&apos;s sync filters</source>
        <extracomment>%1 an item&apos;s id, %2 a person</extracomment>
        <translation>Vérification&#xa0;: %1 est dans les filtres de synchronisation de %2</translation>
    </message>
    <message>
        <source>Check: %1 is not in %2&apos;s sync filters</source>
        <translation>Vérification&#xa0;: %1 n’est pas dans les filtres de synchronisation de %2</translation>
    </message>
    <message>
        <source>Check: %1&apos;s latest decision is “%2” (%3)</source>
        <extracomment>%1 an item&apos;s id, %2 a decision in words, %3 its reason code</extracomment>
        <translation>Vérification&#xa0;: la dernière décision concernant %1 est «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>Check: %1&apos;s decisions include %2</source>
        <extracomment>%1 an item&apos;s id, %2 reason codes</extracomment>
        <translation>Vérification&#xa0;: les décisions concernant %1 incluent %2</translation>
    </message>
    <message>
        <source>Check: the email %1 is tracked in CRM</source>
        <translation>Vérification&#xa0;: l’e-mail %1 est suivi dans CRM</translation>
    </message>
    <message>
        <source>Check: the email %1 is not tracked in CRM</source>
        <translation>Vérification&#xa0;: l’e-mail %1 n’est pas suivi dans CRM</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 in CRM</source>
        <extracomment>%1 an item&apos;s id, %2 a person</extracomment>
        <translation>%1 dans CRM</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s Outlook</source>
        <translation>%1 dans l’Outlook de %2</translation>
    </message>
    <message>
        <source>Check: there is no %1</source>
        <translation>Vérification&#xa0;: %1 n’existe pas</translation>
    </message>
    <message>
        <source>Check: there is %1</source>
        <translation>Vérification&#xa0;: %1 existe</translation>
    </message>
    <message>
        <source>Check: %1 has %2</source>
        <extracomment>%1 where the item is, %2 fields and their values</extracomment>
        <translation>Vérification&#xa0;: %1 a les valeurs %2</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <extracomment>a field cleared by a step</extracomment>
        <translation>%1 effacé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>quotation marks around a subject or another value</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s mailbox will fail its next %n cycle(s) for %2 only (%3)</source>
        <extracomment>%1 a person, %2 a channel (&quot;Appointments, contacts and tasks&quot;), %3 auth, transient…</extracomment>
        <translation>
            <numerusform>La boîte aux lettres de %1 échouera pendant %n cycle, pour %2 seulement (%3)</numerusform>
            <numerusform>La boîte aux lettres de %1 échouera pendant les %n prochains cycles, pour %2 seulement (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::ScopePreviewer</name>
    <message>
        <source>a filter of %1 records cannot decide the scope of %2 records</source>
        <translation>un filtre d’enregistrements de type %1 ne peut pas déterminer le périmètre des enregistrements de type %2</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 records are loaded</source>
        <translation>aucun enregistrement de type %1 n’est chargé</translation>
    </message>
    <message>
        <source>%1 will be created in Outlook at the next synchronisation and then stay in step both ways.</source>
        <extracomment>%1 is a count of records, e.g. &quot;12 appointments&quot;</extracomment>
        <translation>Création dans Outlook à la prochaine synchronisation&#xa0;: %1, puis synchronisation dans les deux sens.</translation>
    </message>
    <message>
        <source>%1 will be removed from Outlook at the next synchronisation; they stay in CRM.</source>
        <translation>Suppression d’Outlook à la prochaine synchronisation&#xa0;: %1 (les enregistrements restent dans CRM).</translation>
    </message>
    <message>
        <source>Filters only limit CRM → Outlook. These %1 stay in Outlook but get no more CRM changes; edits there will still change CRM.</source>
        <translation>Les filtres ne limitent que le sens CRM → Outlook. Copies conservées dans Outlook, mais qui ne reçoivent plus les modifications CRM&#xa0;: %1&#xa0;; les modifications qui y sont apportées modifieront toujours CRM.</translation>
    </message>
    <message>
        <source>%1 stay in scope and keep synchronising both ways.</source>
        <translation>Maintien dans le périmètre et synchronisation dans les deux sens&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScreenshotTour</name>
    <message>
        <source>There is no user %1 to show a day of.</source>
        <translation>Il n’y a pas d’utilisateur %1 dont afficher une journée.</translation>
    </message>
    <message>
        <source>The org has no filter change on or after %1.</source>
        <translation>L’organisation n’a aucune modification de filtre le %1 ou après.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SearchResultModel</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No decision about this item yet.</source>
        <translation>Aucune décision concernant cet élément pour l’instant.</translation>
    </message>
    <message>
        <source>Subject or name</source>
        <translation>Objet ou nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Symptom</source>
        <extracomment>What the user may have noticed (sss-model §5), e.g. &quot;Missing from Outlook&quot;</extracomment>
        <translation>Symptôme</translation>
    </message>
</context>
<context>
    <name>SyncLens::SignInError</name>
    <message>
        <source>Sign-in was cancelled. Sign in again to connect to the org.</source>
        <translation>La connexion a été annulée. Connectez-vous à nouveau pour accéder à l’organisation.</translation>
    </message>
    <message>
        <source>You are not signed in to %1 (tenant %2, client %3) on this computer. Sign in with File ▸ Connect to Dynamics 365… or &quot;synclens-cli live login&quot;.</source>
        <translation>Vous n’êtes pas connecté à %1 (locataire %2, client %3) sur cet ordinateur. Connectez-vous avec Fichier ▸ Se connecter à Dynamics 365… ou «&#xa0;synclens-cli live login&#xa0;».</translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer does not belong to this sign-in (its state differs), so SyncLens ignored it. Sign in again; if this repeats, another program on this computer may be interfering.</source>
        <translation>La réponse de connexion du navigateur n’appartient pas à cette connexion (son state diffère)&#xa0;; SyncLens l’a donc ignorée. Connectez-vous à nouveau&#xa0;; si cela se répète, un autre programme de cet ordinateur interfère peut-être.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was entered. Start the device code sign-in again and enter the new code within its time.</source>
        <translation>Le code de connexion a expiré avant d’être saisi. Relancez la connexion par code d’appareil et saisissez le nouveau code à temps.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service at %1: %2. Check the network connection and the authority URL.</source>
        <translation>Le service de connexion à %1 est injoignable&#xa0;: %2. Vérifiez la connexion réseau et l’URL de l’autorité.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered HTTP %2 without a token or an error. Check the authority URL.</source>
        <translation>Le service de connexion à %1 a répondu HTTP %2 sans jeton ni erreur. Vérifiez l’URL de l’autorité.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; does not exist. Check the tenant: organizations, your directory&apos;s domain (such as contoso.onmicrosoft.com) or its tenant id.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n’existe pas. Vérifiez le locataire&#xa0;: organizations, le domaine de votre annuaire (par exemple contoso.onmicrosoft.com) ou son ID de locataire.</translation>
    </message>
    <message>
        <source>Your account is not in the tenant &quot;%1&quot;. Sign in with an account of the org&apos;s directory, or set the org&apos;s tenant.</source>
        <translation>Votre compte n’appartient pas au locataire «&#xa0;%1&#xa0;». Connectez-vous avec un compte de l’annuaire de l’organisation, ou indiquez son locataire.</translation>
    </message>
    <message>
        <source>The client id %1 is not an application that may sign in to the tenant &quot;%2&quot;. Check the client id and the tenant, or ask an administrator to register the application.</source>
        <translation>L’ID client %1 n’est pas une application autorisée à se connecter au locataire «&#xa0;%2&#xa0;». Vérifiez l’ID client et le locataire, ou demandez à un administrateur d’inscrire l’application.</translation>
    </message>
    <message>
        <source>An administrator of the tenant must first consent to this application (delegated permission &quot;Access Dynamics 365 as organization users&quot;, client id %1). Ask them, then sign in again.</source>
        <translation>Un administrateur du locataire doit d’abord consentir à cette application (autorisation déléguée «&#xa0;Access Dynamics 365 as organization users&#xa0;», ID client %1). Demandez-le-lui, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or declined in the browser. Sign in again and accept to connect to %1.</source>
        <translation>La connexion a été annulée ou refusée dans le navigateur. Connectez-vous à nouveau et acceptez pour accéder à %1.</translation>
    </message>
    <message>
        <source>The client secret for client %1 was refused: it is wrong or has expired. Create a new secret in the app registration and save it again.</source>
        <translation>Le secret client du client %1 a été refusé&#xa0;: il est erroné ou a expiré. Créez un nouveau secret dans l’inscription de l’application et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The client %1 was refused: a public client must be allowed for this sign-in (&quot;Allow public client flows&quot; in its app registration).</source>
        <translation>Le client %1 a été refusé&#xa0;: un client public doit être autorisé pour cette connexion («&#xa0;Allow public client flows&#xa0;» dans son inscription d’application).</translation>
    </message>
    <message>
        <source>The sign-in service does not know the environment %1. Check the environment URL.</source>
        <translation>Le service de connexion ne connaît pas l’environnement %1. Vérifiez l’URL de l’environnement.</translation>
    </message>
    <message>
        <source>The saved sign-in to %1 has expired or was revoked. Sign in again.</source>
        <translation>La connexion enregistrée à %1 a expiré ou a été révoquée. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (it expired or was already used). Sign in again.</source>
        <translation>Le service de connexion a refusé la connexion (elle a expiré ou a déjà servi). Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the device code. Start the device code sign-in again.</source>
        <translation>Le service de connexion n’a pas reconnu le code d’appareil. Relancez la connexion par code d’appareil.</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1 (%2).</source>
        <translation>Le service de connexion a refusé&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SyncLens::SignInFlow</name>
    <message>
        <source>SyncLens sends sign-in requests over https:// only, not to %1.</source>
        <translation>SyncLens n’envoie de demandes de connexion que par https://, pas à %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SignInSettings</name>
    <message>
        <source>Enter the environment URL, such as https://contoso.crm.dynamics.com.</source>
        <translation>Saisissez l’URL de l’environnement, par exemple https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment URL; it looks like https://contoso.crm.dynamics.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL d’environnement&#xa0;; elle ressemble à https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>The environment URL %1 must start with https:// (plain http:// is only allowed on this computer&apos;s loopback address).</source>
        <translation>L’URL d’environnement %1 doit commencer par https:// (http:// simple n’est permis que sur l’adresse de bouclage de cet ordinateur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authority URL such as https://login.microsoftonline.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL d’autorité comme https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>The authority %1 must start with https:// (plain http:// is only allowed on this computer&apos;s loopback address).</source>
        <translation>L’autorité %1 doit commencer par https:// (http:// simple n’est permis que sur l’adresse de bouclage de cet ordinateur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: use organizations, common, a domain such as contoso.onmicrosoft.com, or a tenant id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un locataire&#xa0;: utilisez organizations, common, un domaine comme contoso.onmicrosoft.com ou un ID de locataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id: an application (client) id is a GUID such as 51f81489-12ee-4a9e-aaae-a2591f45987d.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID client&#xa0;: un ID d’application (client) est un GUID comme 51f81489-12ee-4a9e-aaae-a2591f45987d.</translation>
    </message>
</context>
<context>
    <name>SyncLens::StoredSignInTokens</name>
    <message>
        <source>The sign-in was dropped.</source>
        <translation>La connexion a été abandonnée.</translation>
    </message>
    <message>
        <source>No client secret for %1 is kept in the system keychain: sign in again.</source>
        <extracomment>%1 the org&apos;s URL</extracomment>
        <translation>Aucun secret client pour %1 n’est gardé dans le trousseau du système&#xa0;: reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncControls</name>
    <message>
        <source>&amp;Run One Cycle</source>
        <translation>&amp;Exécuter un cycle</translation>
    </message>
    <message>
        <source>Run one synchronisation cycle, one step after the clock (F5)</source>
        <translation>Exécuter un cycle de synchronisation, un pas après l’horloge (F5)</translation>
    </message>
    <message>
        <source>Run &amp;Until…</source>
        <translation>Exécuter &amp;jusqu’à…</translation>
    </message>
    <message>
        <source>Run cycles until a chosen time (Shift+F5)</source>
        <translation>Exécuter des cycles jusqu’à une heure choisie (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Play the simulated clock: a cycle every step (Space or F6)</source>
        <translation>Faire avancer l’horloge simulée&#xa0;: un cycle à chaque pas (Space ou F6)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the running cycles or the playing clock (Esc)</source>
        <translation>Arrêter les cycles en cours ou l’horloge en marche (Esc)</translation>
    </message>
    <message>
        <source>Simulated minutes per cycle</source>
        <translation>Minutes simulées par cycle</translation>
    </message>
    <message>
        <source>Time between cycles while playing</source>
        <translation>Temps entre deux cycles pendant la lecture</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>every ¼ second</source>
        <translation>toutes les ¼ de seconde</translation>
    </message>
    <message>
        <source>every ½ second</source>
        <translation>toutes les ½ seconde</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>chaque seconde</translation>
    </message>
    <message>
        <source>every 2 seconds</source>
        <translation>toutes les 2 secondes</translation>
    </message>
    <message>
        <source>every 5 seconds</source>
        <translation>toutes les 5 secondes</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>Pa&amp;s</translation>
    </message>
    <message>
        <source>Play &amp;Speed</source>
        <translation>&amp;Vitesse de lecture</translation>
    </message>
    <message>
        <source>Step:</source>
        <extracomment>Toolbar: the simulated time one cycle advances</extracomment>
        <translation>Pas&#xa0;:</translation>
    </message>
    <message>
        <source>Play:</source>
        <extracomment>Toolbar: how often a cycle runs while playing</extracomment>
        <translation>Lecture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncCycle</name>
    <message>
        <source>a cycle at %1 would put the org&apos;s clock back (it is %2)</source>
        <translation>un cycle à %1 ferait reculer l’horloge de l’organisation (elle indique %2)</translation>
    </message>
    <message>
        <source>the cycle was cancelled; nothing of it was written</source>
        <translation>le cycle a été annulé&#xa0;; rien n’en a été écrit</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncEngine</name>
    <message>
        <source>No org is open.</source>
        <translation>Aucune organisation n’est ouverte.</translation>
    </message>
    <message>
        <source>There is no mailbox %1.</source>
        <translation>Il n’y a pas de boîte aux lettres %1.</translation>
    </message>
    <message>
        <source>This is a live org: SyncLens reads it from Dynamics 365 and runs no simulated cycles on it. Use Refresh to read it again.</source>
        <translation>Ceci est une organisation en direct : SyncLens la lit depuis Dynamics 365 et n’y exécute aucun cycle simulé. Utilisez Actualiser pour la relire.</translation>
    </message>
    <message>
        <source>This is a live org: its sync filters are changed in Dynamics 365 (the filter designer writes them there), never in the file alone.</source>
        <translation>Ceci est une organisation en direct&#xa0;: ses filtres de synchronisation sont modifiés dans Dynamics 365 (le concepteur de filtres les y écrit), jamais dans le seul fichier.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncStatusBar</name>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>Horloge simulée</translation>
    </message>
    <message>
        <source>The org&apos;s simulated clock: the time of its last cycle</source>
        <translation>L’horloge simulée de l’organisation&#xa0;: l’heure de son dernier cycle</translation>
    </message>
    <message>
        <source>Cycle progress</source>
        <translation>Progression du cycle</translation>
    </message>
    <message>
        <source>Cancelled: the cycle wrote nothing.</source>
        <translation>Annulé&#xa0;: le cycle n’a rien écrit.</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <extracomment>%1 the simulated clock&apos;s date and time</extracomment>
        <translation>Horloge&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 at %2: %n decision(s).</source>
        <extracomment>%1 the cycle&apos;s number, %2 its time; then how many decisions it took</extracomment>
        <translation>
            <numerusform>Cycle %1 à %2&#xa0;: %n décision.</numerusform>
            <numerusform>Cycle %1 à %2&#xa0;: %n décisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation Problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncLens::TextFile</name>
    <message>
        <source>%1: the file is larger than %2 MiB, the most SyncLens reads</source>
        <translation>%1&#xa0;: le fichier dépasse %2&#xa0;Mio, le maximum que lit SyncLens</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimeText</name>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a date and time in the user&apos;s locale</extracomment>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimeZoneCode</name>
    <message>
        <source>time zone code %1 is not known to SyncLens; UTC is used</source>
        <extracomment>%1 a number from Dataverse&apos;s usersettings.timezonecode</extracomment>
        <translation>le code de fuseau horaire %1 est inconnu de SyncLens&#xa0;; UTC est utilisé</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineCauseLayer</name>
    <message>
        <source>Filter</source>
        <extracomment>A marker on the timeline: a sync filter was changed here</extracomment>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Email tracking</source>
        <translation>Suivi des e-mails</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétablie</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <extracomment>What a filter or setting was before a change</extracomment>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Cliquez pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineLegend</name>
    <message>
        <source>Same item in Exchange and CRM</source>
        <translation>Même élément dans Exchange et dans CRM</translation>
    </message>
    <message>
        <source>Decisions per column (zoom in for each)</source>
        <translation>Décisions par colonne (zoomez pour les voir une à une)</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineLoader</name>
    <message>
        <source>Loading the timeline was cancelled.</source>
        <translation>Le chargement de la chronologie a été annulé.</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineMarkStyle</name>
    <message>
        <source>Tracked</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Non suivi</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>Left scope</source>
        <translation>Sorti du périmètre</translation>
    </message>
    <message>
        <source>Overwritten by Outlook</source>
        <extracomment>An Outlook (Exchange) edit replaced a value changed in CRM.</extracomment>
        <translation>Écrasé par Outlook</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Mailbox health</source>
        <extracomment>Mailbox health: not approved, failing, disabled, recovered.</extracomment>
        <translation>État de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Back in scope</source>
        <extracomment>A record in the sync filters again; its Outlook copy caught up.</extracomment>
        <translation>De retour dans le périmètre</translation>
    </message>
    <message>
        <source>Deleted, copy kept</source>
        <extracomment>Deleted on one side; the other copy stays, no longer linked.</extracomment>
        <translation>Supprimé, copie conservée</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelinePanel</name>
    <message>
        <source>Timeline tools</source>
        <translation>Outils de la chronologie</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show every decision</source>
        <translation>Afficher toutes les décisions</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in around the middle</source>
        <translation>Zoomer autour du centre</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
        <source>Zoom out around the middle</source>
        <translation>Dézoomer autour du centre</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Mailboxes on the timeline</source>
        <translation>Boîtes aux lettres dans la chronologie</translation>
    </message>
    <message>
        <source>The mailbox chosen in Mailboxes</source>
        <translation>La boîte aux lettres choisie dans Boîtes aux lettres</translation>
    </message>
    <message>
        <source>All mailboxes, stacked</source>
        <translation>Toutes les boîtes aux lettres, empilées</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>La chronologie n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No org is open.</source>
        <translation>Aucune organisation n’est ouverte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <extracomment>%1 a scenario&apos;s title</extracomment>
        <translation>Scénario&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n decision(s)</source>
        <extracomment>%1 a user&apos;s name, %2 a number</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n décision</numerusform>
            <numerusform>%1&#xa0;: %n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n boîte aux lettres</numerusform>
            <numerusform>%n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing read from Dynamics 365 for these mailboxes yet: the timeline shows the emails Server-Side Synchronization tracked (by their correlation method) and the mailbox alerts of the days read. Refresh (F5) to read the latest.</source>
        <translation>Rien n’a encore été lu depuis Dynamics 365 pour ces boîtes aux lettres&#xa0;: la chronologie montre les e-mails suivis par la synchronisation côté serveur (selon leur méthode de corrélation) et les alertes des boîtes aux lettres des jours lus. Actualisez (F5) pour lire les plus récents.</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineToolTip</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A mailbox&apos;s user, then the side: &quot;Ada Hansen · Exchange&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The mailbox itself</source>
        <translation>La boîte aux lettres elle-même</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A kind of mark and the engine&apos;s reason code: &quot;Tracked (OUT_CREATE)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more mark(s) at this point; Ctrl+Left and Ctrl+Right step through them</source>
        <translation>
            <numerusform>et %n autre marque à cet endroit&#xa0;; Ctrl+Left et Ctrl+Right permettent de les parcourir</numerusform>
            <numerusform>et %n autres marques à cet endroit&#xa0;; Ctrl+Left et Ctrl+Right permettent de les parcourir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), %1 – %2</source>
        <extracomment>How many decisions a bar stands for, and when: &quot;812 decisions, 3/2/26 9:15:00 AM – …&quot;.</extracomment>
        <translation>
            <numerusform>%n décision, %1 – %2</numerusform>
            <numerusform>%n décisions, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A kind of mark and how many: &quot;Tracked: 600&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Scroll mailboxes</source>
        <translation>Faire défiler les boîtes aux lettres</translation>
    </message>
    <message>
        <source>No decisions to show.</source>
        <translation>Aucune décision à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es), %1 decisions marked from %2 to %3.</source>
        <translation>
            <numerusform>%n boîte aux lettres, %1 décisions marquées entre %2 et %3.</numerusform>
            <numerusform>%n boîtes aux lettres, %1 décisions marquées entre %2 et %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>No decisions to show yet: run a sync cycle, or choose other mailboxes.</source>
        <translation>Aucune décision à afficher pour l’instant&#xa0;: exécutez un cycle de synchronisation ou choisissez d’autres boîtes aux lettres.</translation>
    </message>
    <message>
        <source>No decisions in this time range. Press 0 to see them all.</source>
        <translation>Aucune décision dans cet intervalle de temps. Appuyez sur 0 pour toutes les voir.</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>Chargement de la chronologie…</translation>
    </message>
</context>
<context>
    <name>SyncLens::TrackingContextLoader</name>
    <message>
        <source>there is no mailbox &quot;%1&quot;</source>
        <translation>il n’y a pas de boîte aux lettres «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the mailbox %1 belongs to no user (&quot;%2&quot;)</source>
        <translation>la boîte aux lettres %1 n’appartient à aucun utilisateur («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the org&apos;s tracked folders are damaged (%1)</source>
        <translation>les dossiers suivis de l’organisation sont endommagés (%1)</translation>
    </message>
</context>
<context>
    <name>SyncLens::TrackingExplainer</name>
    <message>
        <source>Not tracked again: the message %1 is already in CRM, so no second CRM email is made.</source>
        <translation>Pas de nouveau suivi&#xa0;: le message %1 est déjà dans CRM&#xa0;; aucun second e-mail CRM n’est créé.</translation>
    </message>
    <message>
        <source>Not tracked again: the message %1 is already in CRM as %2, so no second CRM email is made.</source>
        <translation>Pas de nouveau suivi&#xa0;: le message %1 est déjà dans CRM sous l’objet %2&#xa0;; aucun second e-mail CRM n’est créé.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracked it in Outlook; %2.</source>
        <translation>Suivi, car %1 l’a suivi dans Outlook&#xa0;; %2.</translation>
    </message>
    <message>
        <source>Tracked because it arrived in %1&apos;s tracked folder &apos;%2&apos;; %3.</source>
        <extracomment>%1 user, %2 folder, %3 &quot;regarding …&quot;</extracomment>
        <translation>Suivi, car il est arrivé dans le dossier suivi «&#xa0;%2&#xa0;» de %1&#xa0;; %3.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracks all incoming email; it answers no email in CRM, so it has no regarding record.</source>
        <translation>Suivi, car %1 suit tous les e-mails entrants&#xa0;; il ne répond à aucun e-mail dans CRM, il n’a donc pas d’enregistrement Concernant.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracks email from contacts, leads and accounts, and the sender %2 is %3.</source>
        <extracomment>%3 is a record, e.g. &quot;the contact Dan Park&quot;</extracomment>
        <translation>Suivi, car %1 suit les e-mails provenant des contacts, prospects et comptes, et l’expéditeur %2 est %3.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracks email from any email-enabled record, and the sender %2 is %3.</source>
        <translation>Suivi, car %1 suit les e-mails provenant de tout enregistrement à extension messagerie, et l’expéditeur %2 est %3.</translation>
    </message>
    <message>
        <source>Tracked by its tracking token %1, which belongs to %2; %3.</source>
        <translation>Suivi grâce à son jeton de suivi %1, qui appartient à %2&#xa0;; %3.</translation>
    </message>
    <message>
        <source>Its subject holds %1 tokens (%2); the first that belongs to an email in CRM counts.</source>
        <translation>Son objet contient %1 jetons (%2)&#xa0;; le premier qui appartient à un e-mail dans CRM est retenu.</translation>
    </message>
    <message>
        <source>Tracked as part of a conversation: it replies to %1 (In-Reply-To), an email in CRM; %2.</source>
        <translation>Suivi dans le cadre d’une conversation&#xa0;: il répond à %1 (In-Reply-To), un e-mail dans CRM&#xa0;; %2.</translation>
    </message>
    <message>
        <source>Tracked as part of a conversation: its References header names %1, an email in CRM; %2.</source>
        <translation>Suivi dans le cadre d’une conversation&#xa0;: son en-tête References cite %1, un e-mail dans CRM&#xa0;; %2.</translation>
    </message>
    <message>
        <source>Tracked as part of a conversation: its conversation index continues that of %1, an email in CRM; %2.</source>
        <translation>Suivi dans le cadre d’une conversation&#xa0;: son index de conversation prolonge celui de %1, un e-mail dans CRM&#xa0;; %2.</translation>
    </message>
    <message>
        <source>the same words</source>
        <translation>les mêmes mots</translation>
    </message>
    <message>
        <source>differing words: %1, at most %2</source>
        <translation>mots différents&#xa0;: %1, au plus %2</translation>
    </message>
    <message>
        <source>Tracked by smart matching: its subject matches %1 (%2) and it shares %3 with it (%4 needed): %5; %6.</source>
        <extracomment>smart matching; %3 e.g. &quot;2 addresses&quot;, %5 the addresses, %6 &quot;regarding …&quot;</extracomment>
        <translation>Suivi par correspondance intelligente&#xa0;: son objet correspond à %1 (%2) et il partage %3 avec lui (minimum requis&#xa0;: %4)&#xa0;: %5&#xa0;; %6.</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks no email automatically (email filtering is set to none); only emails %1 tracks in Outlook or that arrive in a tracked folder go to CRM.</source>
        <translation>Non suivi&#xa0;: %1 ne suit aucun e-mail automatiquement (le filtrage des e-mails est défini sur Aucun)&#xa0;; seuls les e-mails que %1 suit dans Outlook ou qui arrivent dans un dossier suivi vont dans CRM.</translation>
    </message>
    <message>
        <source>Even its tracking token %1 is not used.</source>
        <translation>Même son jeton de suivi %1 n’est pas utilisé.</translation>
    </message>
    <message>
        <source>is none of them</source>
        <translation>n’en fait pas partie</translation>
    </message>
    <message>
        <source>is %1, which does not count</source>
        <translation>est %1, qui ne compte pas</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks email from email-enabled records (contacts, leads, accounts, users, queues), and the sender %2 %3; this message also %4.</source>
        <translation>Non suivi&#xa0;: %1 suit les e-mails provenant d’enregistrements à extension messagerie (contacts, prospects, comptes, utilisateurs, files d’attente), et l’expéditeur %2 %3&#xa0;; de plus, ce message %4.</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks email from contacts, leads and accounts, and the sender %2 %3; this message also %4.</source>
        <translation>Non suivi&#xa0;: %1 suit les e-mails provenant des contacts, prospects et comptes, et l’expéditeur %2 %3&#xa0;; de plus, ce message %4.</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks only replies to CRM email, and this message %2.</source>
        <translation>Non suivi&#xa0;: %1 ne suit que les réponses aux e-mails CRM, et ce message %2.</translation>
    </message>
    <message>
        <source>is not matched by its token (tracking tokens are switched off)</source>
        <translation>n’est pas reconnu par son jeton (les jetons de suivi sont désactivés)</translation>
    </message>
    <message>
        <source>has the token %1, which belongs to no email in CRM</source>
        <translation>a le jeton %1, qui n’appartient à aucun e-mail dans CRM</translation>
    </message>
    <message>
        <source>has no tracking token</source>
        <translation>n’a pas de jeton de suivi</translation>
    </message>
    <message>
        <source>is not matched by its conversation (correlation is switched off)</source>
        <translation>n’est pas reconnu par sa conversation (la corrélation est désactivée)</translation>
    </message>
    <message>
        <source>does not reply to a tracked message</source>
        <translation>ne répond pas à un message suivi</translation>
    </message>
    <message>
        <source>is not matched by its subject (smart matching is switched off)</source>
        <translation>n’est pas reconnu par son objet (la correspondance intelligente est désactivée)</translation>
    </message>
    <message>
        <source>has more recipients (%1) than smart matching allows (%2)</source>
        <translation>a plus de destinataires (%1) que la correspondance intelligente n’en autorise (%2)</translation>
    </message>
    <message>
        <source>shares only %1 with %2 (%3 needed for smart matching)</source>
        <extracomment>%1 e.g. &quot;1 address&quot;, %2 a subject, %3 a number</extracomment>
        <translation>partage seulement %1 avec %2 (minimum requis pour la correspondance intelligente&#xa0;: %3)</translation>
    </message>
    <message>
        <source>has no subject to match</source>
        <translation>n’a pas d’objet à comparer</translation>
    </message>
    <message>
        <source>has a subject (%1) that no email in CRM has</source>
        <translation>a un objet (%1) qu’aucun e-mail dans CRM ne possède</translation>
    </message>
    <message>
        <source>Sent from CRM through %1&apos;s mailbox as %2, without a tracking token (tracking tokens are switched off).</source>
        <translation>Envoyé depuis CRM via la boîte aux lettres de %1 sous l’objet %2, sans jeton de suivi (les jetons de suivi sont désactivés).</translation>
    </message>
    <message>
        <source>Sent from CRM through %1&apos;s mailbox with the tracking token %2, as %3.</source>
        <translation>Envoyé depuis CRM via la boîte aux lettres de %1 avec le jeton de suivi %2, sous l’objet %3.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>has outgoing email set to none</source>
        <translation>a son courrier sortant défini sur Aucun</translation>
    </message>
    <message>
        <source>is not approved</source>
        <translation>n’est pas approuvée</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>est désactivée</translation>
    </message>
    <message>
        <source>Not sent: %1&apos;s mailbox %2; %3 waits in CRM and is sent once the mailbox can send.</source>
        <translation>Non envoyé&#xa0;: la boîte aux lettres de %1 %2&#xa0;; %3 attend dans CRM et sera envoyé dès que la boîte aux lettres pourra envoyer.</translation>
    </message>
    <message>
        <source>with no regarding record</source>
        <translation>sans enregistrement Concernant</translation>
    </message>
    <message>
        <source>regarding %1</source>
        <translation>concernant %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>le contact %1</translation>
    </message>
    <message>
        <source>the lead %1</source>
        <translation>le prospect %1</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>le compte %1</translation>
    </message>
    <message>
        <source>the user %1</source>
        <translation>l’utilisateur %1</translation>
    </message>
    <message>
        <source>the queue %1</source>
        <translation>la file d’attente %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <extracomment>%1 a record type as CRM names it, %2 the record</extracomment>
        <translation>l’enregistrement %1 %2</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1 adresse</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 adresses</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>a subject in a sentence</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Tracked because it replies to %1, an email in CRM: its In-Reply-To header names that email; %2.</source>
        <extracomment>%1 a subject, %2 &quot;regarding …&quot;</extracomment>
        <translation>Suivi, car il répond à %1, un e-mail dans CRM&#xa0;: son en-tête In-Reply-To nomme cet e-mail&#xa0;; %2.</translation>
    </message>
    <message>
        <source>Its subject also holds the tracking token %1 of %2, but In-Reply-To is tried before the token.</source>
        <extracomment>%1 a tracking token, %2 a subject</extracomment>
        <translation>Son objet contient aussi le jeton de suivi %1 de %2, mais In-Reply-To est essayé avant le jeton.</translation>
    </message>
    <message>
        <source>Not tracked: it is in %1&apos;s folder &apos;%2&apos;, not in the Inbox, and &apos;%2&apos; is not a tracked folder. Server-Side Synchronization tracks email automatically only in the Inbox; an Outlook rule may have moved it.</source>
        <extracomment>%1 user, %2 folder</extracomment>
        <translation>Non suivi&#xa0;: il se trouve dans le dossier «&#xa0;%2&#xa0;» de %1, pas dans la boîte de réception, et «&#xa0;%2&#xa0;» n’est pas un dossier suivi. La synchronisation côté serveur ne suit automatiquement les e-mails que dans la boîte de réception&#xa0;; une règle Outlook l’a peut-être déplacé.</translation>
    </message>
    <message>
        <source>Not tracked: it has no To or Cc address, so %1 received it as a Bcc copy. Server-Side Synchronization tracks email automatically only when a user of the org is in To or Cc.</source>
        <translation>Non suivi&#xa0;: il n’a aucune adresse en À ou Cc, %1 l’a donc reçu en copie Cci. La synchronisation côté serveur ne suit automatiquement un e-mail que si un utilisateur de l’organisation figure en À ou Cc.</translation>
    </message>
    <message>
        <source>Not tracked: it was sent to %1, which is not a CRM user&apos;s address, so %2 received it through a distribution list or as a Bcc copy. Server-Side Synchronization tracks email automatically only when a user of the org is in To or Cc.</source>
        <extracomment>%1 an address, e.g. &quot;sales@contoso.com&quot;, %2 user</extracomment>
        <translation>Non suivi&#xa0;: il a été envoyé à %1, qui n’est l’adresse d’aucun utilisateur CRM, %2 l’a donc reçu par une liste de distribution ou en copie Cci. La synchronisation côté serveur ne suit automatiquement un e-mail que si un utilisateur de l’organisation figure en À ou Cc.</translation>
    </message>
    <message>
        <source>Not tracked: it was sent to %1, none of which is a CRM user&apos;s address, so %2 received it through a distribution list or as a Bcc copy. Server-Side Synchronization tracks email automatically only when a user of the org is in To or Cc.</source>
        <extracomment>%1 addresses, e.g. &quot;sales@contoso.com and all@contoso.com&quot;, %2 user</extracomment>
        <translation>Non suivi&#xa0;: il a été envoyé à %1, dont aucune adresse n’est celle d’un utilisateur CRM, %2 l’a donc reçu par une liste de distribution ou en copie Cci. La synchronisation côté serveur ne suit automatiquement un e-mail que si un utilisateur de l’organisation figure en À ou Cc.</translation>
    </message>
    <message>
        <source>Track it in Outlook by hand, or move it to a tracked folder.</source>
        <translation>Suivez-le manuellement dans Outlook ou déplacez-le dans un dossier suivi.</translation>
    </message>
    <message>
        <source>Or set %1&apos;s email filtering to all email messages, or to email from CRM records.</source>
        <translation>Ou définissez le filtrage des e-mails de %1 sur tous les messages électroniques, ou sur les e-mails provenant d’enregistrements CRM.</translation>
    </message>
    <message>
        <source>Add the sender to CRM as a contact, lead or account, or track the email by hand.</source>
        <translation>Ajoutez l’expéditeur dans CRM en tant que contact, prospect ou compte, ou suivez l’e-mail manuellement.</translation>
    </message>
    <message>
        <source>%1&apos;s email filtering is set to none: choose another method, or track the email by hand.</source>
        <translation>Le filtrage des e-mails de %1 est défini sur Aucun&#xa0;: choisissez une autre méthode ou suivez l’e-mail manuellement.</translation>
    </message>
    <message>
        <source>Move it back to the Inbox or make the folder &apos;%1&apos; a tracked folder.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>Remettez-le dans la boîte de réception ou faites du dossier «&#xa0;%1&#xa0;» un dossier suivi.</translation>
    </message>
    <message>
        <source>Or track it in Outlook by hand: an older email moved back into the Inbox is not read again.</source>
        <translation>Ou suivez-le manuellement dans Outlook&#xa0;: un e-mail plus ancien remis dans la boîte de réception n’est pas relu.</translation>
    </message>
    <message>
        <source>For mail to be tracked automatically, %1 must be in To or Cc, not only in Bcc.</source>
        <translation>Pour qu’un e-mail soit suivi automatiquement, %1 doit figurer en À ou Cc, pas seulement en Cci.</translation>
    </message>
    <message>
        <source>For mail to be tracked automatically, %1 (or another CRM user) must be in To or Cc, not only %2.</source>
        <extracomment>%1 user, %2 addresses such as a distribution list</extracomment>
        <translation>Pour qu’un e-mail soit suivi automatiquement, %1 (ou un autre utilisateur CRM) doit figurer en À ou Cc, pas seulement %2.</translation>
    </message>
    <message>
        <source>If it belongs with %1, change its regarding in CRM: In-Reply-To always comes before a tracking token.</source>
        <extracomment>%1 a subject</extracomment>
        <translation>S’il concerne %1, changez son enregistrement Concernant dans CRM&#xa0;: In-Reply-To passe toujours avant un jeton de suivi.</translation>
    </message>
    <message>
        <source>Nothing to do: the email is already in CRM once.</source>
        <translation>Rien à faire&#xa0;: l’e-mail est déjà dans CRM, une seule fois.</translation>
    </message>
</context>
<context>
    <name>SyncLens::WhySearch</name>
    <message>
        <source>Missing from Outlook</source>
        <translation>Absent d’Outlook</translation>
    </message>
    <message>
        <source>Missing from CRM</source>
        <translation>Absent de CRM</translation>
    </message>
    <message>
        <source>A CRM edit did not stick</source>
        <translation>Une modification CRM n’a pas été conservée</translation>
    </message>
    <message>
        <source>CRM edits do not reach Outlook</source>
        <translation>Les modifications CRM n’atteignent pas Outlook</translation>
    </message>
    <message>
        <source>Still in Outlook though deleted in CRM</source>
        <translation>Encore dans Outlook bien que supprimé dans le CRM</translation>
    </message>
    <message>
        <source>Still in CRM though deleted in Outlook</source>
        <translation>Encore dans le CRM bien que supprimé dans Outlook</translation>
    </message>
    <message>
        <source>the search was cancelled</source>
        <translation>la recherche a été annulée</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open the Org</source>
        <translation>Impossible d’ouvrir l’organisation</translation>
    </message>
    <message>
        <source>Demo org</source>
        <translation>Organisation de démonstration</translation>
    </message>
    <message>
        <source>No Such Person</source>
        <translation>Personne introuvable</translation>
    </message>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>Il n’y a pas d’utilisateur %1 dans cette organisation.</translation>
    </message>
</context>
</TS>
