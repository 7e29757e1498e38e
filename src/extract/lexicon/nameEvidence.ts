// Evidence that a capitalized name the lexicons do not know is not a person: the words inside it and
// next to it. Each table is one rule of src/extract/mentions/evidence.ts, with its id and reason.

export interface WordRule {
  id: string;
  words: string[];
  reason: string;
}

/**
 * First words of street, square and road names in the languages whose addresses news copies as written
 * ("Via Carlo Magno", "Avenue Cheikh Anta Diop", "Jalan Sudirman", "Ulitsa Tverskaya").
 */
export const STREET_PREFIXES: WordRule = {
  id: "loc.street",
  words: [
    // Italian
    "Via", "Viale", "Corso", "Piazza", "Piazzale", "Largo", "Vicolo", "Lungotevere",
    // French
    "Rue", "Avenue", "Boulevard", "Place", "Quai", "Allée", "Chemin", "Impasse", "Esplanade",
    // Spanish, Catalan, Portuguese
    "Calle", "Avenida", "Paseo", "Plaza", "Rambla", "Avinguda", "Carrer", "Passeig", "Plaça",
    "Rua", "Praça", "Praca", "Travessa", "Estrada", "Rodovia",
    // Romanian, Slavic, Baltic, Balkan, Greek, Albanian
    "Strada", "Calea", "Bulevardul", "Aleea", "Piața", "Piata", "Ulitsa", "Ulica", "Ulice", "Prospekt", "Ploshcha",
    "Vulytsia", "Aleja", "Plac", "Trg", "Bulevar", "Odos", "Leoforos", "Plateia", "Rruga", "Sheshi",
    // Malay and Indonesian, Thai, Arabic
    "Jalan", "Jl", "Lebuh", "Lorong", "Persiaran", "Lebuhraya", "Thanon", "Soi",
  ],
  reason: "a street or square word of another language that opens a capitalized name makes it a place, not a person",
};

/** Endings of one-word street and square names in German, Dutch, Scandinavian and Turkish ("Alexanderplatz"). */
export const STREET_SUFFIXES: { id: string; pattern: RegExp; reason: string } = {
  id: "loc.street-suffix",
  pattern: /\p{L}{3}(straße|strasse|gasse|platz|allee|gatan|straat|plein|caddesi|bulvarı|sokak|sokağı|meydanı)$/iu,
  reason: "these languages write the street word as the end of one word: such a word names a street or square",
};

/**
 * Organization words of other languages. Head-initial languages put them first ("Coordinamento
 * Agricoltori Padani", "Partido Popular", "Gerakan Rakyat"); head-final languages put them last
 * ("Jatiyatabadi Sramik Dal", "Shiv Sena", "Cumhuriyet Halk Partisi").
 */
export const FOREIGN_ORG_INITIAL: WordRule = {
  id: "org.foreign-head",
  words: [
    // Italian
    "Coordinamento", "Confederazione", "Federazione", "Associazione", "Movimento", "Partito", "Sindacato", "Unione",
    "Comitato", "Fronte", "Consiglio", "Alleanza", "Lega", "Collettivo", "Assemblea",
    // Spanish and Portuguese
    "Coordinadora", "Confederación", "Federación", "Asociación", "Movimiento", "Partido", "Sindicato", "Unión",
    "Frente", "Consejo", "Alianza", "Colectivo", "Agrupación", "Asamblea", "Confederação", "Federação", "Associação",
    "União", "Conselho", "Coletivo",
    // French
    "Coordination", "Confédération", "Fédération", "Mouvement", "Parti", "Syndicat", "Comité", "Conseil", "Collectif",
    "Rassemblement", "Ligue",
    // German, Dutch, Slavic
    "Bund", "Verband", "Verein", "Vereinigung", "Gewerkschaft", "Bewegung", "Stichting", "Vereniging", "Partei",
    "Stowarzyszenie", "Związek", "Zwiazek", "Ruch", "Partia", "Stranka", "Savez", "Hnutie", "Hnutí", "Partiya",
    // Malay, Indonesian, Tagalog
    "Gerakan", "Persatuan", "Pertubuhan", "Partai", "Barisan", "Ikatan", "Himpunan", "Kesatuan", "Angkatan",
    "Kilusang", "Samahang", "Alyansa", "Koalisyon",
    // Arabic, Persian, Urdu
    "Hizb", "Harakat", "Jabhat", "Jamaat", "Jamiat", "Jamiat-e", "Tehreek", "Tehreek-e", "Tehrik", "Tehrik-e",
    "Ittehad", "Ittihad", "Anjuman", "Tanzim", "Majlis-e",
  ],
  reason: "a name opened by an organization word of a head-initial language is that organization",
};

export const FOREIGN_ORG_FINAL: WordRule = {
  id: "org.foreign-head",
  words: [
    // Hindi, Bengali, Marathi, Nepali, Urdu
    "Dal", "Sangh", "Sangha", "Sena", "Morcha", "Manch", "Samiti", "Sabha", "Parishad", "Sangathan", "Sangram",
    "Andolan", "Sammelan", "Panchayat",
    // Turkish
    "Partisi", "Derneği", "Dernegi", "Sendikası", "Sendikasi", "Vakfı", "Vakfi", "Birliği", "Birligi", "Cephesi",
    "Hareketi", "Konfederasyonu", "Federasyonu",
  ],
  reason: "a name closed by an organization word of a head-final language is that organization",
};

/**
 * Nouns for the armed members of a body ("Abu Sayyaf militants", "Boko Haram fighters"): the name
 * before them is the body they belong to, not a person.
 */
export const ARMED_MEMBER_NOUNS: WordRule = {
  id: "org.armed-members",
  words: ["militants", "militant", "fighters", "guerrillas", "guerrilla", "insurgents", "jihadists", "militiamen", "gunmen", "rebels", "cadres", "operatives", "commandos"],
  reason: "a name that qualifies the armed members of a body names that body",
};

/** Two-letter stage titles that stand before a person's name ("DJ Khaled", "MC Solaar"): not organization acronyms. */
export const PERSON_CAPS_TITLES: ReadonlySet<string> = new Set(["DJ", "MC", "Dr", "Mr", "Ms", "St", "Jr", "Sr"]);

/** Roman numerals after a name ("Charles III"), not acronyms. */
export const ROMAN_NUMERAL = /^[IVXLC]+$/u;

/**
 * Names of national legislatures: each is the article's parliament ("the National Council" of Slovakia,
 * "the Sejm"), the body that "parliament" and "lawmakers" also name.
 */
export const LEGISLATURE_NAMES: WordRule = {
  id: "org.legislature",
  words: [
    "National Council", "National Assembly", "Sejm", "Verkhovna Rada", "Rada", "Storting", "Stortinget", "Riksdag",
    "Folketing", "Folketinget", "Eduskunta", "Althing", "Saeima", "Seimas", "Riigikogu", "Sabor", "Skupstina",
    "Skupština", "Narodna Skupština", "Assembleia da República", "Cortes Generales", "Congreso de los Diputados",
    "Camera dei Deputati", "Assemblée nationale", "Grand National Assembly", "Jatiya Sangsad", "Lok Sabha",
    "Dewan Rakyat", "Dewan Perwakilan Rakyat", "Batasang Pambansa", "Majlis", "Majles", "Shura Council", "Knesset",
    "State Duma", "Duma", "Bundestag", "Nationalrat", "Tweede Kamer", "Sobranie", "Sobranje", "Seanad", "Dáil",
    "Dail", "Oireachtas", "Kuvendi", "Parlamento", "Vouli", "Mazhilis", "Jogorku Kenesh", "Oliy Majlis",
    "Khural", "National People's Congress", "Legislative Yuan", "Diet",
  ],
  reason: "the proper name of a national legislature names the same body as 'parliament' and 'lawmakers'",
};

/** Named national police and gendarmerie forces: organizations that act as the police ("Carabinieri officers"). */
export interface ForceEntry {
  id: string;
  label: string;
  names: string[];
  reason: string;
}

export const NATIONAL_FORCES: readonly ForceEntry[] = [
  { id: "org.force.carabinieri", label: "Carabinieri", names: ["Carabinieri", "Arma dei Carabinieri"], reason: "Italy's national gendarmerie" },
  { id: "org.force.guardia-di-finanza", label: "Guardia di Finanza", names: ["Guardia di Finanza"], reason: "Italy's financial police" },
  { id: "org.force.polizia", label: "Polizia di Stato", names: ["Polizia di Stato"], reason: "Italy's state police" },
  { id: "org.force.guardia-civil", label: "Guardia Civil", names: ["Guardia Civil"], reason: "Spain's national gendarmerie" },
  { id: "org.force.policia-nacional", label: "Policía Nacional", names: ["Policía Nacional", "Policia Nacional"], reason: "national police of Spain and several Latin American states" },
  { id: "org.force.mossos", label: "Mossos d'Esquadra", names: ["Mossos d'Esquadra", "Mossos"], reason: "Catalonia's police" },
  { id: "org.force.ertzaintza", label: "Ertzaintza", names: ["Ertzaintza"], reason: "the Basque Country's police" },
  { id: "org.force.gendarmerie-nationale", label: "Gendarmerie nationale", names: ["Gendarmerie nationale", "Gendarmerie Nationale"], reason: "France's national gendarmerie" },
  { id: "org.force.crs", label: "Compagnies Républicaines de Sécurité", names: ["Compagnies Républicaines de Sécurité", "Compagnies Republicaines de Securite"], reason: "France's riot police" },
  { id: "org.force.bundespolizei", label: "Bundespolizei", names: ["Bundespolizei"], reason: "Germany's federal police" },
  { id: "org.force.polizei", label: "Polizei", names: ["Polizei", "Landespolizei"], reason: "German and Austrian police" },
  { id: "org.force.marechaussee", label: "Koninklijke Marechaussee", names: ["Koninklijke Marechaussee", "Marechaussee"], reason: "the Netherlands' gendarmerie" },
  { id: "org.force.garda", label: "Garda Síochána", names: ["Garda Síochána", "Garda Siochana", "Gardaí", "Gardai"], reason: "Ireland's police" },
  { id: "org.force.carabineros", label: "Carabineros", names: ["Carabineros"], reason: "Chile's national police" },
  { id: "org.force.guardia-nacional", label: "Guardia Nacional", names: ["Guardia Nacional"], reason: "national guards of Mexico and Central American states" },
  { id: "org.force.policia-militar", label: "Polícia Militar", names: ["Polícia Militar", "Policia Militar"], reason: "Brazil's state police" },
  { id: "org.force.jandarma", label: "Jandarma", names: ["Jandarma"], reason: "Turkey's gendarmerie" },
  { id: "org.force.rosgvardia", label: "Rosgvardia", names: ["Rosgvardia"], reason: "Russia's national guard, which polices protests" },
  { id: "org.force.omon", label: "OMON", names: ["OMON"], reason: "Russia's riot police" },
  { id: "org.force.berkut", label: "Berkut", names: ["Berkut"], reason: "Ukraine's former riot police" },
  { id: "org.force.gendarmeria", label: "Gendarmería", names: ["Gendarmería", "Gendarmeria"], reason: "Argentina's national gendarmerie" },
];

/** Member nouns that may follow a force's name and belong to the mention ("Carabinieri officers"). */
export const FORCE_MEMBER_NOUNS: ReadonlySet<string> = new Set(["officers", "officer", "agents", "police", "policemen", "troops", "personnel", "units", "patrols", "forces"]);
