import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { externalUrl, telephoneHref } from "@/lib/contact-links";

export const GoodPracticeContact_goodPractice = graphql(`
  fragment GoodPracticeContact_goodPractice on GoodPractice {
    contact {
      name
      email
      phone
    }
    attachments {
      title
      url
    }
  }
`);

/** "Kontakt" (who can tell more) and "Materiały" (links to more about it). */
export function GoodPracticeContact(props: {
  goodPractice: FragmentType<typeof GoodPracticeContact_goodPractice>;
  locale: Locale;
}) {
  const words = getMessages(props.locale).knowledge.goodPractice;
  const lang = recordLang(props.locale);
  const { contact, attachments } = getFragmentData(GoodPracticeContact_goodPractice, props.goodPractice);
  const phoneHref = contact.phone ? telephoneHref(contact.phone) : null;
  const links = attachments.flatMap((attachment) => {
    const link = externalUrl(attachment.url);
    return link ? [{ ...link, title: attachment.title }] : [];
  });
  const hasContact = contact.name || contact.email || contact.phone;
  return (
    <>
      {hasContact && (
        <section aria-labelledby="kontakt">
          <h2 id="kontakt">{words.contact}</h2>
          <dl className="facts">
            {contact.name && (
              <div>
                <dt>{words.contactPerson}</dt>
                <dd lang={lang}>{contact.name}</dd>
              </div>
            )}
            {contact.email && (
              <div>
                <dt>{words.email}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </div>
            )}
            {contact.phone && (
              <div>
                <dt>{words.phone}</dt>
                <dd>{phoneHref ? <a href={phoneHref}>{contact.phone}</a> : contact.phone}</dd>
              </div>
            )}
          </dl>
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="materialy">
          <h2 id="materialy">{words.materials}</h2>
          <ul className="good-practice-attachments">
            {links.map((link, index) => (
              <li key={index}>
                <a href={link.href} rel="noopener noreferrer" lang={lang}>
                  {link.title}
                </a>{" "}
                <span className="muted">({link.label})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
