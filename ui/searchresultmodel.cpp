#include "searchresultmodel.h"

namespace SyncLens {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SearchResultModel::setMatches(QList<WhySearch::Match> matches)
{
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

int SearchResultModel::rowOf(const QString &itemId) const
{
    for (int r = 0; r < m_matches.size(); ++r) {
        if (m_matches.at(r).id == itemId)
            return r;
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::typeText(const QString &type)
{
    if (type == u"appointment")
        return tr("Appointment");
    if (type == u"task")
        return tr("Task");
    if (type == u"contact")
        return tr("Contact");
    if (type == u"email")
        return tr("Email");
    return type;
}

QString SearchResultModel::symptoms(const WhySearch::Match &match)
{
    QStringList texts;
    for (const WhySearch::Cause &cause : match.causes) {
        const QString text = WhySearch::symptomText(cause.symptom);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(tr("; "));
}

QString SearchResultModel::toolTip(const WhySearch::Match &match) const
{
    if (!match.causes.isEmpty())
        return match.causes.last().decision.sentence;
    if (match.latest)
        return match.latest->sentence;
    return tr("No decision about this item yet.");
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WhySearch::Match &match = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return match.title;
        case TypeColumn:
            return typeText(match.type);
        case IdColumn:
            return match.id;
        default:
            return symptoms(match);
        }
    case Qt::ToolTipRole:
        return toolTip(match);
    case ItemIdRole:
        return match.id;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Subject or name");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Id");
    case SymptomColumn:
        //: What the user may have noticed (sss-model §5), e.g. "Missing from Outlook"
        return tr("Symptom");
    default:
        return {};
    }
}

} // namespace SyncLens
