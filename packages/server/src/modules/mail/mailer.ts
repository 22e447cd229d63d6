import nodemailer from "nodemailer";
import type { Logger } from "../common/logger";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail, or says it cannot: without a mail server the caller shows the message another way. */
export interface Mailer {
  /** True when messages actually leave (SMTP configured). */
  readonly delivers: boolean;
  /** Resolves true once the server accepted the message; false when it could not be sent (logged). */
  send(message: MailMessage): Promise<boolean>;
}

/** `smtps://smtp.example.pl:465`: the address without user and password, for logs. */
export function redactedSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/** No mail server: nothing is sent; the caller logs what the recipient needs and shows it to the admin. */
export const noMailer: Mailer = {
  delivers: false,
  send: async () => false,
};

/** SMTP through nodemailer (smtp:// with STARTTLS when offered, smtps:// for TLS from the start). */
export function smtpMailer(smtpUrl: string, from: string, logger: Logger): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  const server = redactedSmtpUrl(smtpUrl);
  return {
    delivers: true,
    async send({ to, subject, text }) {
      try {
        await transport.sendMail({ to, subject, text });
        logger.info("E-mail sent", { to, subject, server });
        return true;
      } catch (error) {
        // Only the message: the error object can hold the transport's options, password included.
        const reason = error instanceof Error ? error.message : String(error);
        logger.error("E-mail could not be sent", { to, subject, server, reason });
        return false;
      }
    },
  };
}

export function createMailer(
  { smtpUrl, mailFrom }: { smtpUrl: string | undefined; mailFrom: string },
  logger: Logger,
): Mailer {
  return smtpUrl ? smtpMailer(smtpUrl, mailFrom, logger) : noMailer;
}
