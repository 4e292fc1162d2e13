#pragma once
// Names of one list that name one thing where the database's alias table
// keeps them apart: a facet list over one query's answer, or one article's
// entity list.
#include "common/schema.h"

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace telusur {

/// For each of `keys` (one type's resolved keys, distinct, as one answer or
/// one article names them; `articles[i]` articles name keys[i]), the index
/// of the key it is joined into: itself, or another key of the list that
/// names the same thing:
/// - the same name with and without designators or legal forms ("Kota
///   Bekasi", "Bekasi"; "PT Jasa Marga", "PT Jasa Marga (Persero) Tbk"),
///   or dots and commas ("Laode M. Syarif"), into the one with the most
///   articles; a regency and a city of one name
///   ("Kabupaten Bandung", "Kota Bandung", both keys of the database) stay
///   two;
/// - for people, a rarer and a commoner form of one name: a name of
///   several words that starts a longer one ("Sri Mulyani Indrawati",
///   "Hotman Paris Hutapea", a headline's "Marc Marquez Lanjut") or a
///   surname with its particle that ends one ("Van Dijk"), and a first or
///   last name that starts or ends exactly one longer name of the list, or a
///   chain of nested ones ("Laode" of "Laode M Syarif", "Donald" of "Donald
///   Trump"), as merge_person_name_parts() does within one article's text.
///   Within one query's answer or one article such a name is that person;
///   across the database it may be anyone of that name. Not a name of
///   several words that ends a longer one ("Joko Widodo" of "Iriana Joko
///   Widodo"), nor a longer one holding two names of the list (a ticket,
///   "Joko Widodo-Ma'ruf Amin").
/// The database tells which regency and city names it knows.
std::vector<std::size_t> same_thing_as(const schema::EntityTypeSchema& type, const Xapian::Database& db,
                                       const std::vector<std::string>& keys, const std::vector<std::size_t>& articles);

}  // namespace telusur
