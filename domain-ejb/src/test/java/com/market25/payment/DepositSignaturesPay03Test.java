package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.payment.gateway.sim.DemoBank;
import com.market25.payment.gateway.wire.MessageSignatures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepositSignaturesPay03Test {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 4, 9, 30, 15);

    private static DemoBank.SignedNotification exact() {
        return DemoBank.notification("N-1", "25123456789012", new BigDecimal("540000"), "안미란", AT);
    }

    @Test
    @DisplayName("PAY-03 은행 키로 서명된 입금 통보는 검증되고 필드를 그대로 읽는다")
    void aSignedNotificationVerifiesAndReads() {
        DemoBank.SignedNotification n = exact();
        assertTrue(MessageSignatures.verify(DemoBank.publicKey(), n.body(), n.signature()));
        BankNotification read = BankNotification.parse(n.body());
        assertEquals("N-1", read.notificationId());
        assertEquals("25123456789012", read.accountNumber());
        assertEquals(new BigDecimal("540000"), read.amount());
        assertEquals("안미란", read.depositorName());
        assertEquals(AT, read.depositedAt());
    }

    @Test
    @DisplayName("PAY-03 다른 키로 서명한 위조 통보는 검증되지 않는다")
    void aForgedNotificationDoesNotVerify() {
        DemoBank.SignedNotification forged = DemoBank.forged("N-1", "25123456789012", new BigDecimal("540000"), "안미란", AT);
        assertFalse(MessageSignatures.verify(DemoBank.publicKey(), forged.body(), forged.signature()));
    }

    @Test
    @DisplayName("PAY-03 서명 뒤에 금액을 바꾼 통보는 검증되지 않는다")
    void aTamperedAmountDoesNotVerify() {
        DemoBank.SignedNotification n = exact();
        byte[] tampered = new String(n.body(), StandardCharsets.UTF_8).replace("amount=540000", "amount=5400000")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(MessageSignatures.verify(DemoBank.publicKey(), tampered, n.signature()));
        assertFalse(MessageSignatures.verify(DemoBank.publicKey(), n.body(), null), "unsigned");
    }

    @Test
    @DisplayName("PAY-03 금액이 원 단위 양수가 아니거나 필드가 빠진 통보는 읽지 않는다")
    void aMalformedNotificationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BankNotification.parse(
                DemoBank.notification("N-2", "25123456789012", new BigDecimal("-1"), "안미란", AT).body()));
        assertThrows(IllegalArgumentException.class, () -> BankNotification.parse(
                DemoBank.notification("N-3", "25123456789012", new BigDecimal("100.5"), "안미란", AT).body()));
        assertThrows(IllegalArgumentException.class, () -> BankNotification.parse(
                "amount=1000\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("PAY-03 은행의 일괄 통보(빈 줄로 나눈 여러 건)는 한 건씩 읽힌다")
    void aBulkPostReadsEveryNotification() {
        byte[] first = exact().body();
        byte[] second = DemoBank.notification("N-2", "25999999999999", new BigDecimal("1000"), "홍길동", AT).body();
        String bulk = new String(first, StandardCharsets.UTF_8) + "\n" + new String(second, StandardCharsets.UTF_8);
        var all = BankNotification.parseAll(bulk.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, all.size());
        assertEquals("N-1", all.get(0).notificationId());
        assertEquals("25999999999999", all.get(1).accountNumber());
        assertEquals(1, BankNotification.parseAll(first).size(), "one notification alone");
        assertThrows(IllegalArgumentException.class, () -> BankNotification.parseAll((bulk + "\n").getBytes(
                StandardCharsets.UTF_8)), "an empty part is malformed");
    }

    @Test
    @DisplayName("PAY-03 실제 설치에서 은행 공개키가 설정되지 않으면 모든 통보를 거절한다")
    void withoutAKeyARealInstallationTrustsNothing() {
        assertTrue(BankKeys.trusted(null, false).isEmpty());
        assertTrue(BankKeys.trusted("  ", false).isEmpty());
    }

    @Test
    @DisplayName("PAY-03 공개된 데모 은행 키는 실제 설치에서 설정되어 있어도 쓰지 않는다")
    void theDemoKeyIsRefusedOutsideDemoMode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank.pem");
        Files.writeString(file, DemoBank.PUBLIC_KEY_PEM);
        assertTrue(BankKeys.trusted(file.toString(), false).isEmpty());
        assertTrue(BankKeys.trusted(null, true).map(DemoBank::isDemoKey).orElse(false), "demo mode uses it");
    }

    @Test
    @DisplayName("PAY-03 설정된 은행 공개키로 서명을 검증한다")
    void aConfiguredBankKeyIsUsed(@TempDir Path dir) throws Exception {
        var pair = MessageSignatures.generateKeyPair();
        Path file = dir.resolve("bank.pem");
        Files.writeString(file, MessageSignatures.toPem((Ed25519PublicKeyParameters) pair.getPublic()));
        Ed25519PublicKeyParameters key = BankKeys.trusted(file.toString(), false).orElseThrow();
        byte[] body = "amount=1000\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(MessageSignatures.verify(key, body,
                MessageSignatures.sign((Ed25519PrivateKeyParameters) pair.getPrivate(), body)));
        assertTrue(BankKeys.trusted(dir.resolve("missing.pem").toString(), false).isEmpty(), "unreadable: refuse");
    }
}
