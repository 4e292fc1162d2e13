// Helpers for the tests of same_thing_as() (one_thing.cpp): in-memory
// databases of entity keys, and which keys one answer's list joins.
#pragma once
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/schema.h"

#include <xapian.h>

#include <string>
#include <vector>

namespace telusur::testing {

inline Xapian::WritableDatabase empty_database() {
    return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

/// `articles` articles naming each of `keys` (of `type`) together, with no
/// name-use terms.
inline void add_keys_together(Xapian::WritableDatabase& db, const schema::EntityTypeSchema& type,
                              const std::vector<std::string>& keys, int articles) {
    for (int i = 0; i < articles; ++i) {
        Xapian::Document doc;
        for (const std::string& key : keys) doc.add_boolean_term(schema::make_boolean_term(type.prefix, key));
        db.add_document(doc);
    }
}

/// `articles` articles naming `key` (of `type`) alone.
inline void add_key_articles(Xapian::WritableDatabase& db, const schema::EntityTypeSchema& type, const std::string& key,
                             int articles) {
    add_keys_together(db, type, {key}, articles);
}

/// The index each of `keys` is joined into, one article each in the list.
inline std::vector<std::size_t> joins(const Xapian::Database& db, const std::vector<std::string>& keys,
                                      const schema::EntityTypeSchema& type) {
    const EntityNames names(db);
    return same_thing_as(type, names, keys, std::vector<std::size_t>(keys.size(), 1));
}

/// Whether same_thing_as() joins `a` and `b`, one article each in the list.
inline bool joined(const Xapian::Database& db, const std::string& a, const std::string& b,
                   const schema::EntityTypeSchema& type) {
    const auto into = joins(db, {a, b}, type);
    return into[0] == into[1];
}

}  // namespace telusur::testing
