#pragma once
// Names of one list that name one thing where the database's alias table
// keeps them apart: a facet list over one query's answer, or one article's
// entity list.
#include "common/schema.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace telusur {

class EntityNames;

/// For each of `keys` (one type's resolved keys, distinct, as one answer or
/// one article names them; `articles[i]` articles name keys[i]), the index
/// of the key it is joined into: itself, or another key of the list that
/// names the same thing:
/// - the same name with and without designators or legal forms ("Kota
///   Bekasi", "Bekasi"; "PT Jasa Marga", "PT Jasa Marga (Persero) Tbk"), a
///   club's "PS" / "FC", an organisation's "Indonesia" ("Timnas Indonesia
///   U-16"), a word for a team or its central board ("Tim Garuda",
///   "Garuda"; "PP PBSI", "PBSI"), dots and commas ("Laode M. Syarif"), or
///   spaces and hyphens ("Nil Maizar", "Nilmaizar"; "U-16", "U16"), a news
///   site's domain ("Okezone.com", "Okezone"), a letter's number glued
///   after a body ("AirNav Indonesia Nomor C8334/19", "AirNav"), a flight's
///   number after an airline ("Lion Air Penerbangan JT-626"), a badminton
///   club in English ("Djarum Badminton Club", "PB Djarum"), a racing
///   team's "Scuderia", into the one with the most articles; a place with and
///   without its head ("Stadion Old Trafford", "Bandara Kertajati"), unless
///   the rest is a city, regency or province ("Istana Bogor"; not an
///   island's: "Pulau Kalimantan"); where the database knows a city and a
///   regency of one name, the bare name is the city's and the regency stays
///   apart;
/// - words cut short beside the same words ("Man United", "Abd Rahman
///   Saleh"), and, for organisations and places, an acronym beside its
///   expansion, alone or among the same words ("Bawaslu", "Jakbar", "TMP
///   Kalibata", "Dinas LH"), the one such key of the list, into the one with
///   more articles (in the list, else in the database); among the same
///   words every expansion it spells, also with a compound the news writes
///   as one word ("PB Djarum", "Perkumpulan Bulu Tangkis Djarum",
///   "Persatuan Bulu Tangkis Djarum"), into the commonest; two heads keep a
///   place's name apart ("Masjid X", "Gedung X"); a body's acronym may
///   spell the roots of its noun forms ("Kompolnas" of "Komisi Kepolisian
///   Nasional", "Ditjen Hubla" of "Ditjen Perhubungan Laut"), and be
///   written in several words, each of a run of words ("Satpol PP", "Ditjen
///   Hubud" of "Direktorat Jenderal Perhubungan Udara");
/// - an organisation's name cut before its last words, a head first,
///   beside the one whole of the list that articles abbreviate, that the
///   database names twice as often and that the cut name's articles name
///   too ("Badan Pengatur" of "Badan Pengatur Jalan Tol", BPJT; not "Badan
///   Usaha" of KPBU's name beside BUMN);
/// - an organisation cut before a coordination, into the whole ("Badan
///   Meteorologi Klimatologi" of "Badan Meteorologi, Klimatologi, dan
///   Geofisika"); a company with its legal form and a place after its name
///   beside the name alone ("PT MRT Jakarta", "MRT"), and "PT" before an
///   acronym of three letters ("PT MRT");
/// - for organisations, a name that starts or ends the one longer name of
///   the list holding it, follows a head alone that names its kind, or has
///   one word less inside ("City", "Manchester City"; "Mercedes", "Tim
///   Mercedes AMG Petronas"; "Polres Jakarta Selatan", "Polres Metro
///   Jakarta Selatan"), unless the words added or the database's counts,
///   places and alias terms make the longer another body (a series' team,
///   a unit, a branch, an offshoot: "Timnas U-16", "Reskrim Polres Malang",
///   "KPU DKI", "Thai Lion Air"); of several longer names, the one the
///   database names it beside far more often;
/// - a facility (airport, stadium, port, circuit) with and without
///   "Internasional", its head written twice, its number, or its town
///   after the name, by an acronym ("Bandara SSK II Pekanbaru", "Bandara
///   Sultan Syarif Kasim"), or by its head and town alone beside the one
///   facility of the list the town is written after, here or in the
///   database ("Bandara Pekanbaru"; not where the database names the town
///   a facility of its own: "Bandara Internasional Beijing");
/// - a facility (a place's head, a hospital's or a building's kind before
///   its name) beside the one longer key of the list that is it with a town
///   or district the database knows after it, where the database writes it
///   with no other town or often-named words after it ("RS MH Thamrin",
///   "RS MH Thamrin Purwakarta"; "Hotel Fairmont", "Hotel Fairmont Senayan
///   Jakarta"; not "Stasiun MRT" or "Rumah Sakit Siloam", which have
///   branches, "Stadion Mandala" beside "Stadion Mandala Krida", nor a
///   road: "Jalan Sudirman");
/// - a name with the place it lies in, a person or ranks glued after it, as
///   headlines and captions run two names together, beside the name alone,
///   into it ("Wamena Papua", "Bandara Syamsudin Noor Banjarmasin",
///   "Persija Julio Banuelos", "Polda Papua Kombes AM Kamal", "Polda Papua
///   Kombes Pol"): a place that the name's articles name in half of them at
///   least, far more often than the news does ("Garuda Indonesia" is no
///   Garuda in Indonesia), larger than it, with no other place the database
///   writes after the name and its articles do not name ("Universitas
///   Muhammadiyah Palembang" and "... Malang"); a person the database names
///   as one, in two words or one after a rank, that articles of either name
///   name; not where the whole is named more than the name ("Semen
///   Padang"), a country after a body's name, or a head alone ("Polda
///   Papua"); a place with an address's neighbourhood numbers after it
///   ("Kampung Pabuaran RT4/3");
/// - a head in another form, the rest the same: a body's office and its
///   building ("Kantor Kemenpora", "Gedung Kemenpora"), a sports hall's
///   acronym ("GOR Djarum", "Gedung Olahraga Djarum"), "Kp" for "Kampung";
///   a federal state with and without its designator, after its country or
///   not ("Meksiko Negara Bagian Sinaloa", "Sinaloa"), an ocean's "Lautan",
///   "Samudera", "Samudra"; a general hospital's kind beside "RS" ("RSUP
///   Sanglah", "RS Sanglah"); a police unit's word with "Sat" ("Satreskrim
///   Polres Blora", "Reskrim Polres Blora"); a toll road after "Jalan" where
///   the database names the toll road more ("Jalan Purbaleunyi", "Tol
///   Purbaleunyi"), and by the town it starts from beside the one route of
///   the list from there ("Tol Pejagan", "Jalan Tol Pejagan-Pemalang"; not a
///   region's: "Tol Tangerang");
/// - for organisations and places, one name whose first words are the
///   same and whose later words are two forms of one thing: a designator
///   ("Bareskrim Mabes Polri", "Bareskrim Polri"), forms the database's
///   articles wrote for one key ("Balai Kota DKI Jakarta", "Balai Kota
///   DKI"; "Gedung BI", "Gedung Bank Indonesia"), not a regency's or a
///   city's name of both ("RSUD Kota Tangerang", "RSUD Tangerang"); a
///   river's "Kali" and "Sungai" ("Kali Ciliwung", "Sungai Ciliwung");
/// - a prefecture's and a district's designator ("Prefektur Chiba",
///   "Distrik Abepura"); islands that name a regency alone ("Kepulauan
///   Nias", "Nias"; not "Kepulauan Riau", a province beside Riau); a name
///   alone beside two heads of it, into the keys of the head the database
///   names three times as often as the other and as the name alone
///   ("Babakan Madang" of "Kecamatan Babakan Madang", not of "Jalan Babakan
///   Madang"); a person's name typed as a place and its last word, which
///   the word's articles name too ("Miftahul Ulum", "Ulum"); an acronym of
///   a body's initials with the "Indonesia" its bare name drops ("LIPI");
///   a letter changed inside a long word of a name of several words that
///   the database names 20 times as often ("Borusiia Dortmund");
/// - a place's name cut by an acronym in brackets that the database knows
///   whole, and its pieces ("Bandara Internasional Jawa Barat", "Bandara
///   Kertajati", "Kertajati" of "Bandara Internasional Jawa Barat (BIJB)
///   Kertajati"); a place's hyphens as spaces ("Soekarno-Hatta");
/// - a slip of the pen: two letters swapped, a first J for a Y ("Lembah
///   Jordan"), a loanword's C as K ("Olympiacos"), in one long word alone
///   of an organisation or place only where the database names the other
///   form 20 times as often ("Kalimatan"), for people a letter inside a
///   long word changed ("Elza Syerief"), also in a person's word alone
///   ("Julkisno" of "Julkoisno Kaisupy"); not the last letter ("Hendra",
///   "Hendro") unless the database names the other form 20 times as often
///   ("Iman Nahrawi", "Reiko Barack"); a letter changed inside a later
///   word of a person's name after a rare first name, one that ten
///   people's keys at most start with ("Abisai Rolio", "Abisai Rollo"; not
///   "Abdul Aris", "Abdul Azis");
/// - for organisations and places, one name with its later words in another
///   order, the first word or a place's head kept ("Badan Penanggulangan
///   Bencana Nasional", "Badan Nasional Penanggulangan Bencana"; "Jalan Raya
///   Cikini", "Jalan Cikini Raya"; not "Chai Wan", "Wan Chai"), a building's
///   kind before or after its name ("Pullman Hotel", "Hotel Pullman"); a
///   long designator or head misspelt, the rest the same ("Kabupanten
///   Sikka", "Propinsi Irian Jaya Barat"), into the key written right or its
///   bare name (not a regency's beside its city, nor under another head);
///   an organisation's name cut before its last words beside the acronym
///   of the whole, whose first letters it spells ("Badan Karantina Ikan",
///   BKIPM; "The United Nations Educational", UNESCO), where the database
///   names the acronym as often and in half of the cut name's articles;
/// - a foreign place or university with its head in English beside its
///   Indonesian form, the head translated and moved, "National" or
///   "International" a facility's rank ("Rajamangala National Stadium",
///   "Stadion Rajamangala"; "University of Leicester", "Universitas
///   Leicester"; "Paracel Islands", "Kepulauan Paracel"), or beside the name
///   alone where the news drops the head ("Dieng Plateau", "Dieng"; not
///   "Miami Beach", "Miami"); a ministry's head in another form ("Kemenko
///   Bidang Kemaritiman", "Kemenko Maritim");
/// - a first name beside the later words of a name that articles wrote it
///   for, which the database names far more often than those words
///   ("Luhut", "Binsar Pandjaitan");
/// - for places, a slip in the head ("Pelabuban Labuan Bajo"), a word with
///   another after a slash ("Gedung DPR/MPR"), a main one's head ("Stadion
///   Utama Gelora Bung Karno", "GBK"), the short form of a larger place after
///   the name ("Likupang Sulut", not "Banda Aceh"), a city's name clipped,
///   J for Y ("Jogja", "Yogyakarta"); a loanword's C as S or K outside
///   people's names ("Bank Central Eropa");
/// - for people, a one-word name beside several longer ones holding it, into
///   the one articles wrote it for when the others are rarer (a headline's
///   span "Gibran Jokowi"); a name that ends a longer one with more first
///   words, which articles wrote it for and call by the name's first word
///   ("Amran Sulaiman", "Andi Amran Sulaiman"; not "Red Velvet", "Irene Red
///   Velvet");
/// - for people, the rarer form of one name into the commoner: a name of
///   several words that starts a longer one ("Sri Mulyani Indrawati",
///   "Hotman Paris Hutapea", a headline's "Marc Marquez Lanjut"), a surname
///   with its particle that ends one ("Van Dijk"), and a one-word name into
///   the one longer name of the list holding it, or the commonest of nested
///   ones, or one with twice the articles of all others ("Laode" of "Laode
///   M Syarif", "Donald" of "Donald Trump", "Zaki" of "Ahmed Zaki
///   Iskandar"; words as spelled after 1972, and as loosely as "Ricky" /
///   "Ricki", "Freddy" / "Fredy", "Juergen" / "Jurgen", "Neymar Jr" /
///   "Neymar"), fewer middle names or initials ("Donald J. Trump"), a
///   letter left out ("Airlangga Hartato"), as merge_person_name_parts() does within one
///   article's text; a surname cut to its initial ("Iwa K", "Iwa Karniwa"),
///   initials glued to the next word ("M.Ikhsan Rosan"); a name of several
///   words that ends the one longer name of the list, with a title, a body
///   or a first name before it ("DJ Bebby Fey", "Hasri Ainun Habibie"),
///   where the longer is not ten times rarer than it; a woman's maiden and
///   married names beside her husband ("Hasri Ainun Besari", "Hasri Ainun
///   Habibie", "BJ Habibie"). Within one query's answer or one article such
///   a name is that person; across the database it may be anyone of that
///   name. Not a wife named with her husband's whole name, far rarer than
///   he ("Joko Widodo" of "Iriana Joko Widodo"), a relative's word, a
///   singer called by her own first name beside her group ("Wendy Blue
///   Moon"), a longer one holding two names of the list (a ticket, "Joko
///   Widodo-Ma'ruf Amin"), nor a word of two unrelated names ("Luna" of
///   "Luna Maya" and "Lucinta Luna").
/// `names` tells which cities the database knows (from its in-memory lexicon
/// where it has one).
/// `forms[i]` (optional): other names of keys[i] (as indexed in the answer,
/// or as the news writes it: EntityNames::written_forms()), whose words a
/// one-word name may be one of too.
std::vector<std::size_t> same_thing_as(const schema::EntityTypeSchema& type, const EntityNames& names,
                                       const std::vector<std::string>& keys, const std::vector<std::size_t>& articles,
                                       const std::vector<std::vector<std::string>>& forms = {});

/// What same_thing_as() reads of one key alone (its bare name, words, a
/// place's head), computed once per key and thread.
struct KeyShape;
std::shared_ptr<const KeyShape> key_shape(const schema::EntityTypeSchema& type, std::string_view key);
/// same_thing_as() with each key's key_shape() at hand (`shapes[i]` of
/// keys[i]): a caller that keeps them (facets, per database revision) saves
/// the look-ups.
std::vector<std::size_t> same_thing_as(const schema::EntityTypeSchema& type, const EntityNames& names,
                                       const std::vector<std::string>& keys, const std::vector<const KeyShape*>& shapes,
                                       const std::vector<std::size_t>& articles,
                                       const std::vector<std::vector<std::string>>& forms = {});

}  // namespace telusur
