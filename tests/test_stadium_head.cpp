// A stadium's English head after its name ("Anfield Stadium") in one
// answer: the "Stadion Anfield", "Anfield" of the same list
// (same_thing_as(), one_thing.cpp), unless the name before it is a city,
// regency or province the database knows (stays_apart()).
#include "common/entities/entity_names.h"
#include "common/entities/one_thing.h"
#include "common/schema.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace telusur {
namespace {

const schema::EntityTypeSchema& kLocation = schema::entity_schema(EntityType::Location);

bool joined(const Xapian::Database& db, const std::string& a, const std::string& b) {
    const EntityNames names(db);
    const auto into = same_thing_as(kLocation, names, {a, b}, std::vector<std::size_t>(2, 1));
    return into[0] == into[1];
}

TEST(StadiumHead, AStadiumsEnglishHeadIsItsIndonesianOneOrNone) {
    const Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    EXPECT_TRUE(joined(db, "anfield", "anfield stadium"));
    EXPECT_TRUE(joined(db, "stadion anfield", "anfield stadium"));
    // Another head: another place of the name.
    EXPECT_FALSE(joined(db, "gedung anfield", "anfield stadium"));
}

TEST(StadiumHead, NotAfterARegionsName) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* key : {"bekasi", "kota bekasi"}) {
        Xapian::Document doc;
        doc.add_boolean_term(schema::make_boolean_term(kLocation.prefix, key));
        db.add_document(doc);
    }
    EXPECT_FALSE(joined(db, "bekasi", "bekasi stadium"));
}

}  // namespace
}  // namespace telusur
