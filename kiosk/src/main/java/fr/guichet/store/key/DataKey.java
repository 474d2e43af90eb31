package fr.guichet.store.key;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret from the key file and the keys derived from it: an AES-256-GCM key for values, an
 * HMAC-SHA256 key for the second factor, and a public check value that tells which key a
 * database was written with.
 *
 * <p>Sealed value layout: {@code 0x01 | key id (4) | nonce (12) | ciphertext | tag (16)}. The
 * associated data given by the caller binds a value to its place (session, answer key, event
 * number), so a value copied to another row fails to decrypt.
 */
public final class DataKey {
  public static final int SECRET_BYTES = 32;
  private static final byte VERSION = 1;
  private static final int KEY_ID_BYTES = 4;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int HEADER = 1 + KEY_ID_BYTES + NONCE_BYTES;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec macKey;
  private final byte[] check;
  private final SecureRandom random;
  private final byte[] secret;

  private DataKey(byte[] secret, SecureRandom random) {
    if (secret.length != SECRET_BYTES) {
      throw new IllegalArgumentException("data key must be 32 bytes");
    }
    this.secret = secret.clone();
    this.random = random;
    this.encryptionKey = new SecretKeySpec(derive(secret, "guichet/encryption/v1"), "AES");
    this.macKey = new SecretKeySpec(derive(secret, "guichet/second-factor/v1"), "HmacSHA256");
    this.check = Arrays.copyOf(derive(secret, "guichet/key-check/v1"), 16);
  }

  public static DataKey of(byte[] secret, SecureRandom random) {
    return new DataKey(secret, random);
  }

  public static DataKey generate(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return new DataKey(secret, random);
  }

  public byte[] secret() {
    return secret.clone();
  }

  /** A non-secret fingerprint of this key, stored in the database to detect a wrong key file. */
  public String checkValue() {
    return HexFormat.of().formatHex(check);
  }

  public byte[] seal(String plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] body = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(HEADER + body.length)
          .put(VERSION).put(check, 0, KEY_ID_BYTES).put(nonce).put(body).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Opens a sealed value.
   *
   * @throws WrongKeyException if it was sealed under another key
   * @throws AEADBadTagException if it was altered or moved to another place
   */
  public String open(byte[] sealed, byte[] associatedData) throws AEADBadTagException {
    if (sealed.length < HEADER + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new AEADBadTagException("bad header");
    }
    if (!Arrays.equals(sealed, 1, 1 + KEY_ID_BYTES, check, 0, KEY_ID_BYTES)) {
      throw new WrongKeyException();
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
          new GCMParameterSpec(TAG_BITS, sealed, 1 + KEY_ID_BYTES, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      byte[] plain = cipher.doFinal(sealed, HEADER, sealed.length - HEADER);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /** HMAC-SHA256 under the second-factor key. */
  public byte[] mac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(macKey);
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static byte[] derive(byte[] secret, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** A sealed value carries another key's id. */
  public static final class WrongKeyException extends AEADBadTagException {
    private static final long serialVersionUID = 1L;

    WrongKeyException() {
      super("sealed under another data key");
    }
  }
}
