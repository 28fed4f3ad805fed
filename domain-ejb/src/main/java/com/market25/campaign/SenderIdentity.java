package com.market25.campaign;

import java.io.Serializable;

/** Who sends the shop's advertising mail, as each mail must name them: name and contact. */
public record SenderIdentity(String name, String contact) implements Serializable {
}
