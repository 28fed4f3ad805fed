package com.market25.campaign.channel;

import java.io.Serializable;
import java.util.List;

/**
 * What a returned-mail input did (MEM-04): the member numbers flagged now (each with a DM line
 * "반송" in the contact history), how many of them were flagged already, and the numbers that name
 * no customer (or an erased one), to be looked at by hand.
 */
public record ReturnedMail(List<String> flagged, int alreadyFlagged, List<String> unknown) implements Serializable {
}
