import { describe, expect, it } from "vitest";
import { detectLanguage, LANGUAGE_PROFILES } from "../../src/ingest/language.js";
import { ARTICLE } from "./fixtures.js";

// Short passages written for this test.
const FRENCH = "Des centaines d'étudiants ont manifesté lundi devant l'ambassade de France à Oslo. La police a formé un cordon devant les grilles et les manifestants sont restés dans la rue pendant deux heures, selon les organisateurs qui ont promis de revenir.";
const GERMAN = "Hunderte Studenten haben am Montag vor der französischen Botschaft in Oslo demonstriert. Die Polizei bildete eine Kette vor dem Tor, und die Demonstranten blieben nach Angaben der Veranstalter zwei Stunden auf der Straße, bevor sie sich auflösten.";
const RUSSIAN = "Сотни студентов провели в понедельник акцию протеста у посольства Франции в Осло. Полиция выстроилась в цепь перед воротами, и демонстранты оставались на улице два часа, сообщили организаторы.";

describe("detectLanguage", () => {
  it("finds English", () => {
    expect(detectLanguage(ARTICLE).code).toBe("en");
  });

  it.each([
    [FRENCH, "fr"],
    [GERMAN, "de"],
  ])("names another Latin-script language", (text, code) => {
    const guess = detectLanguage(text);
    expect(guess.code).toBe(code);
    expect(guess.englishShare).toBeLessThan(0.15);
  });

  it("names a non-Latin script", () => {
    expect(detectLanguage(RUSSIAN)).toMatchObject({ code: "other", name: "Cyrillic script" });
  });

  it("says undetermined for short texts", () => {
    expect(detectLanguage("Protest in Oslo").code).toBe("und");
  });

  it("keeps an English article quoting a foreign phrase English", () => {
    expect(detectLanguage(`${ARTICLE} The crowd chanted "la France dehors" and "non à la pêche".`).code).toBe("en");
  });

  it("has unique codes and a reason for each profile", () => {
    const codes = LANGUAGE_PROFILES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(LANGUAGE_PROFILES.every((p) => p.reason.length > 0 && p.words.length >= 10)).toBe(true);
  });
});
