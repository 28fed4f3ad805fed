package com.market25.campaign.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/**
 * MKT-05: only the server's answer that it will not take an address makes a campaign mail FAILED
 * for good; a conversation that broke (the server went away) says nothing about the address, and
 * the mail is left as possibly sent instead of being written off.
 */
class SmtpRefusalMkt05Test {

    private static final Address[] ONE = {address()};

    @Test
    void anAddressTheServerRefusedIsARefusal() {
        assertTrue(EmailSending.refusedAddress(new SendFailedException("550 5.1.1 no such user", null, new Address[0],
                new Address[0], ONE)));
    }

    @Test
    void aBrokenConnectionIsNoRefusalEvenWhenTheAddressIsListed() {
        SendFailedException broken = new SendFailedException("Invalid Addresses",
                new MessagingException("Exception reading response", new SocketException("Connection reset")),
                new Address[0], new Address[0], ONE);
        assertFalse(EmailSending.refusedAddress(broken));
    }

    @Test
    void aTemporaryRefusalNamesNoInvalidAddress() {
        assertFalse(EmailSending.refusedAddress(new SendFailedException("451 try again later", null, new Address[0],
                ONE, new Address[0])));
    }

    private static Address address() {
        try {
            return new InternetAddress("someone@market25.example");
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
