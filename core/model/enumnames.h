#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace SyncLens {

// One row of a table that gives an enum value its stable, written-down name.
template<typename E> struct EnumName
{
    E value;
    QLatin1String name;
};

template<typename E> QString nameOf(std::span<const EnumName<E>> table, E value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString(row.name);
    }
    return {};
}

template<typename E> std::optional<E> valueOf(std::span<const EnumName<E>> table, QStringView name)
{
    for (const auto &row : table) {
        if (name == row.name)
            return row.value;
    }
    return std::nullopt;
}

template<typename E> QStringList namesOf(std::span<const EnumName<E>> table)
{
    QStringList names;
    for (const auto &row : table)
        names.append(QString(row.name));
    return names;
}

} // namespace SyncLens
