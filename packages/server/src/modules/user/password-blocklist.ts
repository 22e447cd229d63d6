/**
 * Words that, with digits and symbols around or between their letters, make up the passwords most
 * often found in public breach corpora (international and Polish top lists) and this hub's own
 * names. Kept short and curated: the check below reduces a password to its letters, so one entry
 * covers "Password1234!", "p@ssword2026" and "passwordpassword" alike.
 */
const BREACHED_WORDS = new Set([
  "password",
  "passw",
  "passwd",
  "pass",
  "haslo",
  "haselko",
  "mojehaslo",
  "tajnehaslo",
  "nowehaslo",
  "qwerty",
  "qwertz",
  "qwertyuiop",
  "qwertyuiopasdfghjkl",
  "asdfgh",
  "asdfghjkl",
  "zxcvbn",
  "zxcvbnm",
  "qazwsx",
  "qazwsxedc",
  "qazwsxedcrfv",
  "zaqwsx",
  "zaqwsxcde",
  "zaqwsxedc",
  "zaqxsw",
  "qweasd",
  "qweasdzxc",
  "abc",
  "abcd",
  "abcdef",
  "abcdefgh",
  "abcdefghijkl",
  "qwe",
  "asd",
  "iloveyou",
  "kochamcie",
  "admin",
  "administrator",
  "root",
  "user",
  "login",
  "welcome",
  "letmein",
  "test",
  "testtest",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "master",
  "shadow",
  "sunshine",
  "princess",
  "superman",
  "batman",
  "starwars",
  "pokemon",
  "matrix",
  "trustno",
  "whatever",
  "freedom",
  "secret",
  "changeme",
  "polska",
  "misiek",
  "kasia",
  "marcin",
  "michal",
  "mateusz",
  "bartek",
  "agnieszka",
  "lukasz",
  "legia",
  "lech",
  "jagiellonia",
  "bialystok",
  "podlasie",
  "podlaskie",
  "obserwatorium",
  "rops",
  "ropsbialystok",
  "obs",
]);

/** Lower-cased letters only: digits, spaces and symbols carry no strength in a breached pattern. */
function lettersOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");
}

const LEET: Record<string, string> = {
  "@": "a",
  "4": "a",
  "0": "o",
  "3": "e",
  "1": "i",
  "!": "i",
  $: "s",
  "5": "s",
  "7": "t",
};

/** "P@ssw0rd2026!" → "password": digits and symbols inside the word read as the letters they imitate. */
function deLeeted(password: string): string {
  const core = password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return lettersOf([...core].map((char) => LEET[char] ?? char).join(""));
}

/** The shortest piece that, repeated, gives `letters` ("abcabcabc" → "abc"). */
function repeatedUnit(letters: string): string {
  for (let size = 1; size <= letters.length / 2; size++) {
    if (letters.length % size === 0 && letters.slice(0, size).repeat(letters.length / size) === letters) {
      return letters.slice(0, size);
    }
  }
  return letters;
}

export interface PasswordOwner {
  email: string;
  displayName: string;
}

/**
 * Why a password that passed the length rule is still too easy to guess, or null: no letters at
 * all, a commonly breached word (repeated, or decorated with digits and symbols), too few distinct
 * letters, or nothing but the owner's name or e-mail address (NIST SP 800-63B, 5.1.1.2).
 */
export function breachedPasswordProblem(password: string, owner: PasswordOwner): string | null {
  const letters = lettersOf(password);
  if (letters.length === 0) return "must contain letters, not only digits and symbols";
  const readings = [letters, deLeeted(password)].flatMap((reading) => [reading, repeatedUnit(reading)]);
  if (readings.some((reading) => BREACHED_WORDS.has(reading))) {
    return "is one of the most commonly used passwords; choose another";
  }
  if (new Set(letters).size < 4) return "is too repetitive; choose another";
  const personal = [owner.email.split("@")[0] ?? "", ...owner.displayName.split(/\s+/)]
    .map(lettersOf)
    .filter((word) => word.length >= 3);
  let rest = letters;
  for (const word of personal) rest = rest.replaceAll(word, "");
  if (personal.length > 0 && rest.length < 4) return "must not be made of your name or e-mail address";
  return null;
}
