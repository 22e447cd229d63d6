import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
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
}) {
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
          <h2 id="kontakt">Kontakt</h2>
          <dl className="facts">
            {contact.name && (
              <div>
                <dt>Osoba do kontaktu</dt>
                <dd>{contact.name}</dd>
              </div>
            )}
            {contact.email && (
              <div>
                <dt>E-mail</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </div>
            )}
            {contact.phone && (
              <div>
                <dt>Telefon</dt>
                <dd>{phoneHref ? <a href={phoneHref}>{contact.phone}</a> : contact.phone}</dd>
              </div>
            )}
          </dl>
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="materialy">
          <h2 id="materialy">Materiały</h2>
          <ul className="good-practice-attachments">
            {links.map((link, index) => (
              <li key={index}>
                <a href={link.href} rel="noopener noreferrer">
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
