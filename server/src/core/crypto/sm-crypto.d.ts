/** The part of `sm-crypto` 0.5.x (pure-JS 国密, no published types for 0.5) that Fazhi uses: SM2 signatures. */
declare module 'sm-crypto' {
  interface SignOptions {
    /** SM3 over Z(userId, public key) ‖ message, as GB/T 32918.2 specifies. */
    hash?: boolean;
    der?: boolean;
    publicKey?: string;
    userId?: string;
  }
  const smCrypto: {
    sm2: {
      getPublicKeyFromPrivateKey(privateKey: string): string;
      doSignature(msg: string, privateKey: string, options?: SignOptions): string;
      doVerifySignature(
        msg: string,
        signature: string,
        publicKey: string,
        options?: SignOptions,
      ): boolean;
    };
  };
  export default smCrypto;
}
