// Generated from the server's OpenAPI document (zod route schemas) by `npm run api:types`.
// Do not edit: change the route schema, then regenerate. A unit test fails while this file is stale.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 存活检查 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 就绪检查（访问数据库） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ready';
              database: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用户名密码登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 用户名；公众账号也可填手机号 */
            username: string;
            /** @description 密码 */
            password: string;
            /** @description 管理员的动态口令，可在登录时一并提交 */
            totp?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令
               * @enum {string}
               */
              stage: 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';
              /** @description Cookie 会话的写操作须在 X-CSRF-Token 请求头中带上此值 */
              csrfToken: string;
              user: {
                id: string;
                username: string;
                displayName: string;
                isDemo: boolean;
                mustChangePassword: boolean;
                totpEnabled: boolean;
                org: {
                  id: string;
                  name: string;
                  kind: string;
                  code: string;
                };
                /** @description 本人所在乡镇；县级及以上为 null */
                town: {
                  id: string;
                  name: string;
                } | null;
                /** @description 县级及以上人员可切换查看的乡镇 */
                towns: {
                  id: string;
                  name: string;
                }[];
                /** @description 县级及以上人员：按乡镇的页面当前显示的乡镇（上次所选，否则最近有办理活动的乡镇） */
                chosenTown: {
                  id: string;
                  name: string;
                } | null;
                roles: {
                  key: string;
                  name: string;
                }[];
                permissions: string[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前登录用户 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令
               * @enum {string}
               */
              stage: 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';
              /** @description Cookie 会话的写操作须在 X-CSRF-Token 请求头中带上此值 */
              csrfToken: string;
              user: {
                id: string;
                username: string;
                displayName: string;
                isDemo: boolean;
                mustChangePassword: boolean;
                totpEnabled: boolean;
                org: {
                  id: string;
                  name: string;
                  kind: string;
                  code: string;
                };
                /** @description 本人所在乡镇；县级及以上为 null */
                town: {
                  id: string;
                  name: string;
                } | null;
                /** @description 县级及以上人员可切换查看的乡镇 */
                towns: {
                  id: string;
                  name: string;
                }[];
                /** @description 县级及以上人员：按乡镇的页面当前显示的乡镇（上次所选，否则最近有办理活动的乡镇） */
                chosenTown: {
                  id: string;
                  name: string;
                } | null;
                roles: {
                  key: string;
                  name: string;
                }[];
                permissions: string[];
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me/town': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 县级及以上人员选择要查看的乡镇（按乡镇的页面随之切换，下次登录仍打开该乡镇） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 要查看的乡镇
             */
            townId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 在所有设备上退出登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              revoked: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改本人密码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令
               * @enum {string}
               */
              stage: 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/enroll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 获取动态口令绑定二维码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Base32 密钥（无法扫码时手工录入） */
              secret: string;
              otpauthUri: string;
              /** @description 二维码图片（data URL） */
              qrDataUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认绑定动态口令 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令
               * @enum {string}
               */
              stage: 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 输入动态口令完成登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令
               * @enum {string}
               */
              stage: 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的在线会话 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 会话编号（摘要前 12 位） */
                id: string;
                current: boolean;
                ip: string | null;
                userAgent: string | null;
                createdAt: string;
                lastSeenAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 结束本人的某个会话 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的登录记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                at: string;
                ip: string | null;
                userAgent: string | null;
                success: boolean;
                reason: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公众注册：获取短信验证码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresInSeconds: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公众注册（手机号 + 姓名），先核验短信验证码；用户名由系统生成，可用手机号登录；注册后自动登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            phone: string;
            displayName: string;
            password: string;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令
               * @enum {string}
               */
              stage: 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';
              /** @description Cookie 会话的写操作须在 X-CSRF-Token 请求头中带上此值 */
              csrfToken: string;
              user: {
                id: string;
                username: string;
                displayName: string;
                isDemo: boolean;
                mustChangePassword: boolean;
                totpEnabled: boolean;
                org: {
                  id: string;
                  name: string;
                  kind: string;
                  code: string;
                };
                /** @description 本人所在乡镇；县级及以上为 null */
                town: {
                  id: string;
                  name: string;
                } | null;
                /** @description 县级及以上人员可切换查看的乡镇 */
                towns: {
                  id: string;
                  name: string;
                }[];
                /** @description 县级及以上人员：按乡镇的页面当前显示的乡镇（上次所选，否则最近有办理活动的乡镇） */
                chosenTown: {
                  id: string;
                  name: string;
                } | null;
                roles: {
                  key: string;
                  name: string;
                }[];
                permissions: string[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本辖区账号列表（可筛选、分页、导出） */
    get: {
      parameters: {
        query?: {
          /** @description 按用户名或姓名查找 */
          q?: string;
          /** @description 只看该机构及其下级 */
          orgId?: string;
          role?: string;
          status?: 'active' | 'disabled' | 'locked';
          page?: number;
          pageSize?: number;
          /** @description xlsx：按当前筛选条件导出 */
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                username: string;
                displayName: string;
                org: {
                  id: string;
                  name: string;
                };
                roles: {
                  key: string;
                  name: string;
                }[];
                /** @description 脱敏手机号；完整号码须通过 /pii 查看并留痕 */
                phoneMasked: string | null;
                /** @enum {string} */
                status: 'active' | 'disabled';
                locked: boolean;
                lockedUntil: string | null;
                mustChangePassword: boolean;
                totpEnabled: boolean;
                lastLoginAt: string | null;
                isDemo: boolean;
              }[];
              total: number;
              page: number;
              pageSize: number;
              abilities: {
                create: boolean;
                import: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** 新建账号（初始密码，首次登录须修改） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 登录名 */
            username: string;
            displayName: string;
            /** Format: uuid */
            orgId: string;
            phone?: string;
            /** @description 初始密码：首次登录须修改 */
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              org: {
                id: string;
                name: string;
              };
              roles: {
                key: string;
                name: string;
              }[];
              /** @description 脱敏手机号；完整号码须通过 /pii 查看并留痕 */
              phoneMasked: string | null;
              /** @enum {string} */
              status: 'active' | 'disabled';
              locked: boolean;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              totpEnabled: boolean;
              lastLoginAt: string | null;
              isDemo: boolean;
              abilities: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
                unlock: boolean;
                assignRoles: boolean;
                readPii: boolean;
                revokeSessions: boolean;
                resetTotp: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载账号导入模板（XLSX） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 XLSX 批量导入账号（任一行有误则全部不导入，并逐行报告） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 账号详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              org: {
                id: string;
                name: string;
              };
              roles: {
                key: string;
                name: string;
              }[];
              /** @description 脱敏手机号；完整号码须通过 /pii 查看并留痕 */
              phoneMasked: string | null;
              /** @enum {string} */
              status: 'active' | 'disabled';
              locked: boolean;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              totpEnabled: boolean;
              lastLoginAt: string | null;
              isDemo: boolean;
              abilities: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
                unlock: boolean;
                assignRoles: boolean;
                readPii: boolean;
                revokeSessions: boolean;
                resetTotp: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改账号（姓名、机构、手机号、启停用） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName?: string;
            /** Format: uuid */
            orgId?: string;
            phone?: string | null;
            /** @enum {string} */
            status?: 'active' | 'disabled';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              org: {
                id: string;
                name: string;
              };
              roles: {
                key: string;
                name: string;
              }[];
              /** @description 脱敏手机号；完整号码须通过 /pii 查看并留痕 */
              phoneMasked: string | null;
              /** @enum {string} */
              status: 'active' | 'disabled';
              locked: boolean;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              totpEnabled: boolean;
              lastLoginAt: string | null;
              isDemo: boolean;
              abilities: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
                unlock: boolean;
                assignRoles: boolean;
                readPii: boolean;
                revokeSessions: boolean;
                resetTotp: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置密码（对方下次登录须修改） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解锁账号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 分配角色（安全管理员；不能为自己分配） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roles: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              org: {
                id: string;
                name: string;
              };
              roles: {
                key: string;
                name: string;
              }[];
              /** @description 脱敏手机号；完整号码须通过 /pii 查看并留痕 */
              phoneMasked: string | null;
              /** @enum {string} */
              status: 'active' | 'disabled';
              locked: boolean;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              totpEnabled: boolean;
              lastLoginAt: string | null;
              isDemo: boolean;
              abilities: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
                unlock: boolean;
                assignRoles: boolean;
                readPii: boolean;
                revokeSessions: boolean;
                resetTotp: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/pii': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看完整个人信息（每次查看均记入审计日志） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              phone: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/revoke-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 强制该账号在所有设备下线 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              revoked: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reset-totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置动态口令（须重新绑定） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本辖区机构（扁平列表，按层级排序，前端组装为树） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                parentId: string | null;
                /** @description 12 位统计用区划代码；内设机构为“上级代码-序号” */
                code: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'province'
                  | 'city'
                  | 'county'
                  | 'town'
                  | 'village'
                  | 'community'
                  | 'unit'
                  | 'external';
                kindLabel: string;
                depth: number;
                active: boolean;
              }[];
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** 新建机构（内设机构、外部机构、村社区） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            parentId: string;
            name: string;
            /** @enum {string} */
            kind: 'unit' | 'external' | 'village' | 'community' | 'town' | 'county' | 'city';
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              parentId: string | null;
              /** @description 12 位统计用区划代码；内设机构为“上级代码-序号” */
              code: string;
              name: string;
              /** @enum {string} */
              kind:
                | 'province'
                | 'city'
                | 'county'
                | 'town'
                | 'village'
                | 'community'
                | 'unit'
                | 'external';
              kindLabel: string;
              depth: number;
              active: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改机构名称、启停用、排序 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            active?: boolean;
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              parentId: string | null;
              /** @description 12 位统计用区划代码；内设机构为“上级代码-序号” */
              code: string;
              name: string;
              /** @enum {string} */
              kind:
                | 'province'
                | 'city'
                | 'county'
                | 'town'
                | 'village'
                | 'community'
                | 'unit'
                | 'external';
              kindLabel: string;
              depth: number;
              active: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 角色及其权限 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                key: string;
                name: string;
                description: string;
                isAdmin: boolean;
                mfa: {
                  /** @description 担任此角色的人员登录时须使用动态口令 */
                  required: boolean;
                  /**
                   * @description default 内置默认（三员及可批量查看个人信息的角色须使用）；setting 安全管理员设置
                   * @enum {string}
                   */
                  source: 'default' | 'setting';
                  /** @description 三员角色始终须使用，不能关闭 */
                  locked: boolean;
                };
                permissions: {
                  key: string;
                  label: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roles/{key}/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置某角色是否须使用动态口令（自下次登录起生效） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            required: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 担任此角色的人员登录时须使用动态口令 */
              required: boolean;
              /**
               * @description default 内置默认（三员及可批量查看个人信息的角色须使用）；setting 安全管理员设置
               * @enum {string}
               */
              source: 'default' | 'setting';
              /** @description 三员角色始终须使用，不能关闭 */
              locked: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 接口令牌列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                tokenPrefix: string;
                org: {
                  id: string;
                  name: string;
                };
                permissions: string[];
                createdBy: string;
                createdAt: string;
                /** @description 旧令牌可能为 null（永不过期），新令牌都有有效期 */
                expiresAt: string | null;
                revokedAt: string | null;
                lastUsedAt: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 签发接口令牌（令牌明文只显示这一次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            permissions: string[];
            /** @description 有效期至（含当日）；默认 90 天，最长一年 */
            expiresAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description Authorization: Bearer <token> */
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 吊销令牌 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志（审计管理员）；format=xlsx 按当前筛选条件导出 */
    get: {
      parameters: {
        query?: {
          /** @description 动作前缀，如 auth. 或 user.roles.assigned */
          action?: string;
          /** @description 操作人用户名 */
          actor?: string;
          targetType?: string;
          targetId?: string;
          from?: string;
          to?: string;
          page?: number;
          pageSize?: number;
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                chainId: string;
                seq: number;
                at: string;
                actorName: string | null;
                ip: string | null;
                orgName: string | null;
                action: string;
                targetType: string | null;
                targetId: string | null;
                changes: {
                  [key: string]: unknown;
                } | null;
                basis: string | null;
                meta: {
                  [key: string]: unknown;
                } | null;
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 校验审计日志哈希链（HMAC-SM3） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              checkedAt: string;
              chains: {
                chainId: string;
                name: string;
                events: number;
                ok: boolean;
                unkeyedEvents: number;
                unprotected: boolean;
                break: {
                  eventId: string | null;
                  seq: number;
                  problem: string;
                  message: string;
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/anchors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载锚点：各链链尾（序号、哈希、时间）的 SM2 签名清单，供在库外保存并以 audit verify --anchors 核对 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              format: string;
              issuedAt: string;
              issuedBy: string;
              /** @description SM2 公钥（04 开头的十六进制） */
              publicKey: string;
              anchors: {
                chainId: string;
                seq: number;
                hash: string;
                at: string;
              }[];
              /** @description SM2 签名（r‖s 十六进制） */
              signature: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全局搜索（中文分词，仅返回本人有权查看的记录） */
    get: {
      parameters: {
        query: {
          q: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                entityType: string;
                typeLabel: string;
                entityId: string;
                title: string;
                snippet: string;
                link: string;
              }[];
              total: number;
              page: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 期限计算器（公开，无需登录）：起算日次日起算，工作日跳过周末和法定节假日、计入调休上班日 */
    get: {
      parameters: {
        query: {
          /** @description 起算日（当日不计入），YYYY-MM-DD */
          from: string;
          /** @description 期限天数，1–3650 */
          days: number;
          /** @description working 工作日 / calendar 自然日 */
          unit: 'working' | 'calendar';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: string;
              days: number;
              /** @enum {string} */
              unit: 'working' | 'calendar';
              /** @description 截止日 */
              due: string;
              /** @description 是否为暂定结果（涉及尚未录入放假安排的年份） */
              provisional: boolean;
              provisionalReasons: string[];
              /** @description 计算依据 */
              basis: string;
              explanation: {
                /** @description 该步骤的第一天 */
                date: string;
                /** @description 连续多日时的最后一天 */
                to?: string;
                /** @enum {string} */
                kind:
                  | 'counted'
                  | 'makeup_workday'
                  | 'weekend'
                  | 'holiday'
                  | 'paused'
                  | 'moved'
                  | 'extension'
                  | 'start'
                  | 'provisional';
                note: string;
              }[];
              summary: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各年度放假安排录入情况 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                year: number;
                covered: boolean;
                /** @description 未录入放假安排：涉及该年的计算均为暂定 */
                provisional: boolean;
                versions: number;
                effective: {
                  id: string;
                  year: number;
                  version: number;
                  title: string;
                  docNumber: string | null;
                  publishedOn: string | null;
                  /** @enum {string} */
                  source: 'chinese-days' | 'form' | 'csv';
                  enteredAt: string;
                  /** @description 录入人姓名；系统预置为 null */
                  enteredBy: string | null;
                  holidayCount: number;
                  workdayCount: number;
                  effective: boolean;
                } | null;
              }[];
              abilities: {
                manage: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某年放假安排的全部版本 */
    get: {
      parameters: {
        query: {
          /** @description 年份 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              items: {
                id: string;
                year: number;
                version: number;
                title: string;
                docNumber: string | null;
                publishedOn: string | null;
                /** @enum {string} */
                source: 'chinese-days' | 'form' | 'csv';
                enteredAt: string;
                /** @description 录入人姓名；系统预置为 null */
                enteredBy: string | null;
                holidayCount: number;
                workdayCount: number;
                effective: boolean;
                days: {
                  date: string;
                  /** @enum {string} */
                  kind: 'holiday' | 'workday';
                  name: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 录入国务院放假安排（新版本，完整替代该年旧版本） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 放假安排所属年份 */
            year: number;
            /** @description 通知标题，如“国务院办公厅关于2027年部分节假日安排的通知” */
            title: string;
            /** @description 文号，如 国办发明电〔2026〕7号 */
            docNumber?: string | null;
            /** @description 发布日期 */
            publishedOn?: string | null;
            /** @description 该年全部放假日和调休上班日（新版本完整替代旧版本） */
            days: {
              /** @description YYYY-MM-DD */
              date: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              /** @description 节日名称，如 国庆节、国庆节调休上班 */
              name: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              notice: {
                id: string;
                year: number;
                version: number;
                title: string;
                docNumber: string | null;
                publishedOn: string | null;
                /** @enum {string} */
                source: 'chinese-days' | 'form' | 'csv';
                enteredAt: string;
                /** @description 录入人姓名；系统预置为 null */
                enteredBy: string | null;
                holidayCount: number;
                workdayCount: number;
                effective: boolean;
              };
              /** @description 因新安排而重新计算截止日的在办期限 */
              redated: {
                count: number;
                clockIds: string[];
              };
              tasksClosed: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某年现行有效的放假日和调休上班日 */
    get: {
      parameters: {
        query: {
          /** @description 年份 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              covered: boolean;
              notice: {
                id: string;
                year: number;
                version: number;
                title: string;
                docNumber: string | null;
                publishedOn: string | null;
                /** @enum {string} */
                source: 'chinese-days' | 'form' | 'csv';
                enteredAt: string;
                /** @description 录入人姓名；系统预置为 null */
                enteredBy: string | null;
                holidayCount: number;
                workdayCount: number;
                effective: boolean;
              } | null;
              /** @description 已录入通知的放假和调休日；未录入时为按《全国年节及纪念日放假办法》推算的法定节假日 */
              days: {
                date: string;
                /** @enum {string} */
                kind: 'holiday' | 'workday';
                name: string;
              }[];
              /** @description 未录入通知时，说明哪些日子尚待确定 */
              provisionalReason: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/notices/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 以 CSV 导入国务院放假安排（任一行有误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 放假安排所属年份 */
            year: number;
            /** @description 通知标题，如“国务院办公厅关于2027年部分节假日安排的通知” */
            title: string;
            /** @description 文号，如 国办发明电〔2026〕7号 */
            docNumber?: string | null;
            /** @description CSV 文本：每行 日期,类型,名称；类型为 holiday/workday 或 放假/上班；可有表头 */
            csv: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              notice: {
                id: string;
                year: number;
                version: number;
                title: string;
                docNumber: string | null;
                publishedOn: string | null;
                /** @enum {string} */
                source: 'chinese-days' | 'form' | 'csv';
                enteredAt: string;
                /** @description 录入人姓名；系统预置为 null */
                enteredBy: string | null;
                holidayCount: number;
                workdayCount: number;
                effective: boolean;
              };
              /** @description 因新安排而重新计算截止日的在办期限 */
              redated: {
                count: number;
                clockIds: string[];
              };
              tasksClosed: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clocks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 期限详情：截止日、状态及逐日计算说明 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              subjectType: string;
              subjectId: string;
              purpose: string;
              startDate: string;
              limitDays: number;
              /** @enum {string} */
              unit: 'working' | 'calendar';
              basis: string;
              extensionDays: number;
              /** @enum {string} */
              state: 'running' | 'paused' | 'stopped';
              stoppedOn: string | null;
              baseDueDate: string;
              dueDate: string;
              provisional: boolean;
              provisionalReasons: string[];
              /** @enum {string} */
              status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
              statusLabel: string;
              daysLeft: number | null;
              pauses: {
                id: string;
                /** @enum {string} */
                reason:
                  'correction' | 'third_party' | 'interagency' | 'fee_notice' | 'agreed' | 'other';
                reasonLabel: string;
                fromDate: string;
                toDate: string | null;
                note: string | null;
              }[];
              extensions: {
                id: string;
                days: number;
                reason: string;
                basis: string | null;
                approvedBy: string;
                createdAt: string;
              }[];
              explanation: {
                /** @description 该步骤的第一天 */
                date: string;
                /** @description 连续多日时的最后一天 */
                to?: string;
                /** @enum {string} */
                kind:
                  | 'counted'
                  | 'makeup_workday'
                  | 'weekend'
                  | 'holiday'
                  | 'paused'
                  | 'moved'
                  | 'extension'
                  | 'start'
                  | 'provisional';
                note: string;
              }[];
              summary: string;
              /** @description 一句话说明：起算日、跳过的节假日和调休、暂停、延长、顺延及依据 */
              explained: string;
              abilities: {
                extend: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clocks/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准延长期限（不可撤销，须注明理由和依据） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 延长的天数（与原期限同单位） */
            days: number;
            /** @description 延长理由 */
            reason: string;
            /** @description 法律依据，如《政府信息公开条例》第三十三条第二款 */
            basis: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              subjectType: string;
              subjectId: string;
              purpose: string;
              startDate: string;
              limitDays: number;
              /** @enum {string} */
              unit: 'working' | 'calendar';
              basis: string;
              extensionDays: number;
              /** @enum {string} */
              state: 'running' | 'paused' | 'stopped';
              stoppedOn: string | null;
              baseDueDate: string;
              dueDate: string;
              provisional: boolean;
              provisionalReasons: string[];
              /** @enum {string} */
              status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
              statusLabel: string;
              daysLeft: number | null;
              pauses: {
                id: string;
                /** @enum {string} */
                reason:
                  'correction' | 'third_party' | 'interagency' | 'fee_notice' | 'agreed' | 'other';
                reasonLabel: string;
                fromDate: string;
                toDate: string | null;
                note: string | null;
              }[];
              extensions: {
                id: string;
                days: number;
                reason: string;
                basis: string | null;
                approvedBy: string;
                createdAt: string;
              }[];
              explanation: {
                /** @description 该步骤的第一天 */
                date: string;
                /** @description 连续多日时的最后一天 */
                to?: string;
                /** @enum {string} */
                kind:
                  | 'counted'
                  | 'makeup_workday'
                  | 'weekend'
                  | 'holiday'
                  | 'paused'
                  | 'moved'
                  | 'extension'
                  | 'start'
                  | 'provisional';
                note: string;
              }[];
              summary: string;
              /** @description 一句话说明：起算日、跳过的节假日和调休、暂停、延长、顺延及依据 */
              explained: string;
              abilities: {
                extend: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的待办：按截止日排序（无截止日的排最后），分页，附各状态数量 */
    get: {
      parameters: {
        query?: {
          /** @description 只看某一状态 */
          status?: 'overdue' | 'due_soon' | 'on_track';
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                orgId: string;
                orgName: string;
                module: string;
                kind: string;
                subjectType: string;
                subjectId: string;
                title: string;
                /** @description 打开办理页面的前端路由 */
                link: string;
                assigneeUserId: string | null;
                assigneeRole: string | null;
                /** @description 已分派给个人的岗位待办：原属岗位（可改派、退回岗位） */
                poolRole: string | null;
                clockId: string | null;
                dueDate: string | null;
                /**
                 * @description overdue 已超期（红）/ due_soon 即将到期（黄）/ on_track 未到期（绿）
                 * @enum {string}
                 */
                status: 'overdue' | 'due_soon' | 'on_track';
                /** @description 所关联期限正在暂停 */
                paused: boolean;
                /** @description 督办：乡镇的事项，上级机关工作人员跟踪督促，由乡镇办理（不能代为办理） */
                supervise: boolean;
                /** @description 剩余工作日，超期为负数 */
                daysLeft: number | null;
                createdAt: string;
              }[];
              counts: {
                overdue: number;
                due_soon: number;
                on_track: number;
                total: number;
              };
              page: number;
              pageSize: number;
              /** @description 符合筛选条件的待办数 */
              total: number;
              abilities: {
                /** @description 可分派本人岗位的待办 */
                assign: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbox/assignees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 分派：可接手所选全部待办的人员（各待办所属岗位在本镇的在岗人员） */
    get: {
      parameters: {
        query: {
          /** @description 待办编号，逗号分隔 */
          ids: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
              }[];
              roles: {
                key: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbox/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 分派、改派或退回岗位：把所选岗位待办交给同岗位的一名人员（userId 为空则退回岗位待办池） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ids: string[];
            userId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assigned: number;
              userId: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 首页：各模块待办（含本周到期、已超期）、最近待办、未读消息数、常用入口 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              day: string;
              /** @description 本周日 */
              weekEnd: string;
              modules: {
                module: string;
                label: string;
                path: string;
                open: number;
                overdue: number;
                dueThisWeek: number;
              }[];
              dueThisWeek: {
                id: string;
                module: string;
                moduleLabel: string;
                title: string;
                link: string;
                dueDate: string | null;
                orgName: string;
                /** @description 剩余工作日，超期为负数 */
                daysLeft: number | null;
              }[];
              overdue: {
                id: string;
                module: string;
                moduleLabel: string;
                title: string;
                link: string;
                dueDate: string | null;
                orgName: string;
                /** @description 剩余工作日，超期为负数 */
                daysLeft: number | null;
              }[];
              recent: {
                id: string;
                module: string;
                moduleLabel: string;
                title: string;
                link: string;
                dueDate: string | null;
                orgName: string;
                /** @description 剩余工作日，超期为负数 */
                daysLeft: number | null;
              }[];
              unreadNotifications: number;
              links: {
                label: string;
                path: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/numbering/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本辖区的文号模板及本年度下一个文号 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                orgId: string;
                orgName: string;
                kind: string;
                /** @description 文件类别名称 */
                name: string;
                /** @description 文号模板，如 桥法审〔{year}〕{n}号 */
                template: string;
                /** @description 当前年度 */
                year: number;
                /** @description 本年度已取到的顺序号，0 表示尚未取号 */
                lastSeq: number;
                /** @description 下一个文号 */
                next: string;
              }[];
              abilities: {
                manage: boolean;
                issue: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/numbering/templates/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置某类文件的文号模板（依据 GB/T 9704-2012 第7.2.5条） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 文件类别代码，如 legality_opinion（合法性审查意见书） */
          kind: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 文件类别名称，如 合法性审查意见书 */
            name: string;
            /** @description 文号模板，须包含“〔{year}〕”和“{n}号” */
            template: string;
            /**
             * Format: uuid
             * @description 模板所属机构，默认为本人所在乡镇
             */
            orgId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              orgId: string;
              orgName: string;
              kind: string;
              /** @description 文件类别名称 */
              name: string;
              /** @description 文号模板，如 桥法审〔{year}〕{n}号 */
              template: string;
              /** @description 当前年度 */
              year: number;
              /** @description 本年度已取到的顺序号，0 表示尚未取号 */
              lastSeq: number;
              /** @description 下一个文号 */
              next: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/numbering/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取文号并登记（发文登记） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 文件类别代码，如 legality_opinion（合法性审查意见书） */
            kind: string;
            /** @description 所发文件的标题 */
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 发文登记编号 */
              id: string;
              kind: string;
              year: number;
              seq: number;
              /** @description 文号，如 桥法审〔2024〕12号 */
              text: string;
              title: string;
              /** @description 文号所属机构（模板所属机构） */
              orgId: string;
              issuedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/numbering/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 发文登记簿（format=xlsx 按当前条件导出 Excel） */
    get: {
      parameters: {
        query?: {
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
          /** @description 文件类别代码，如 legality_opinion（合法性审查意见书） */
          kind?: string;
          /** @description 年度 */
          year?: number;
          /** @description 按文号或标题查找 */
          q?: string;
          /** @description xlsx：按当前条件导出 Excel */
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                orgId: string;
                orgName: string;
                kind: string;
                kindName: string | null;
                year: number;
                seq: number;
                numberText: string;
                title: string;
                subjectType: string | null;
                subjectId: string | null;
                issuedByName: string | null;
                issuedAt: string;
                attachments: {
                  id: string;
                  name: string;
                  size: number;
                  mime: string;
                }[];
              }[];
              total: number;
              page: number;
              pageSize: number;
              abilities: {
                issue: boolean;
                attach: boolean;
                manageTemplates: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/numbering/register/{id}/attachment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为发文登记关联附件（如签发稿扫描件） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description POST /files 返回的附件编号
             */
            fileId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              size: number;
              mime: string;
              sm3: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传附件（multipart/form-data，字段 file；PDF、PNG、JPEG、DOCX、XLSX、OFD） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description 文件名（扩展名按实际内容校正） */
              name: string;
              size: number;
              /** @description 按文件内容识别的类型 */
              mime: string;
              /** @description 文件内容的 SM3 摘要（十六进制） */
              sm3: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载附件 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 附件信息 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description 文件名（扩展名按实际内容校正） */
              name: string;
              size: number;
              /** @description 按文件内容识别的类型 */
              mime: string;
              /** @description 文件内容的 SM3 摘要（十六进制） */
              sm3: string;
              ownerType: string | null;
              ownerId: string | null;
              uploadedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/system/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 定时任务及最近运行记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                name: string;
                nextRunAt: string;
                lastRunAt: string | null;
                lastStatus: string | null;
                runs: {
                  slot: string;
                  instanceId: string;
                  status: string;
                  output: string | null;
                  startedAt: string;
                  finishedAt: string | null;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项类型、状态、审查结论、材料清单等选项及中文名称 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审查事项列表与审查台账（筛选、分页；format=xlsx 导出） */
    get: {
      parameters: {
        query?: {
          /** @description 按名称查找 */
          q?: string;
          /** @description 只取所选的记录（以逗号分隔的编号，最多 200 条） */
          ids?: string;
          type?:
            | 'normative_doc'
            | 'major_decision'
            | 'major_enforcement'
            | 'gov_contract'
            | 'village_contract'
            | 'village_rules'
            | 'other';
          state?:
            | 'draft'
            | 'submitted'
            | 'returned'
            | 'accepted'
            | 'under_review'
            | 'co_review'
            | 'opinion_issued'
            | 'feedback_given'
            | 'decided'
            | 'filed'
            | 'archived'
            | 'withdrawn';
          channel?: 'platform' | 'offline';
          conclusion?:
            'lawful' | 'lawful_with_suggestions' | 'revise' | 'unlawful' | 'risk_disclosed';
          /** @description 送审单位（含下级） */
          orgId?: string;
          /** @description 按出具意见的年份（未出具的按送审年份） */
          year?: number;
          /** @description true：只看审查期限已超期的 */
          overdue?: 'true' | 'false';
          /** @description true：只看轮到我处理的 */
          mine?: 'true' | 'false';
          page?: number;
          pageSize?: number;
          /** @description xlsx：按当前筛选条件导出审查台账 */
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                type: string;
                typeLabel: string;
                title: string;
                state: string;
                stateLabel: string;
                channel: string;
                channelLabel: string;
                trackLabel: string;
                org: {
                  id: string;
                  name: string;
                };
                conclusion: string | null;
                conclusionLabel: string | null;
                docNumber: string | null;
                reviewerName: string | null;
                counterparty: string | null;
                amountFen: number | null;
                submittedAt: string | null;
                acceptedOn: string | null;
                opinionIssuedOn: string | null;
                decidedOn: string | null;
                filedOn: string | null;
                createdAt: string;
                clock: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                /** @description 是否按期：本镇设置的期限届满后出具的意见不属于法定逾期 */
                timeliness: {
                  /** @enum {string} */
                  key: 'on_time' | 'late_town_period' | 'late_statutory' | 'pending' | 'no_period';
                  label: string;
                  /** @description 仅当法定期限届满后才出具意见时为 true */
                  lateByStatute: boolean;
                  basis: string | null;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
              abilities: {
                create: boolean;
                import: boolean;
                export: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** 新建送审事项（草拟） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 事项类型
             * @enum {string}
             */
            type:
              | 'normative_doc'
              | 'major_decision'
              | 'major_enforcement'
              | 'gov_contract'
              | 'village_contract'
              | 'village_rules'
              | 'other';
            /** @description 事项名称，如《桥头镇……（送审稿）》 */
            title: string;
            /** @description 事项简介 */
            summary?: string;
            /**
             * Format: uuid
             * @description 送审单位（科室或村）；默认为本人所在机构
             */
            orgId?: string;
            /** @description 送审稿全文（与 docxFileId 二选一） */
            text?: string;
            /**
             * Format: uuid
             * @description 已上传的送审稿 Word 文档（.docx），系统提取全文用于智能预审
             */
            docxFileId?: string;
            /** @description 结构化要素：金额、期限、表决情况等 */
            fields?: {
              /** @description 合同相对方名称 */
              counterparty?: string;
              /** @description 合同金额，单位：分 */
              amountFen?: number;
              /** @description 合同起始日 */
              startDate?: string;
              /** @description 合同终止日 */
              endDate?: string;
              /** @description 合同期限（年） */
              termYears?: number;
              /** @description 违约金占合同金额的百分比 */
              liquidatedDamagesPercent?: number;
              /** @description 定金占合同金额的百分比 */
              depositPercent?: number;
              /** @description 是否处置、出租、发包村集体资产资源 */
              collectiveAsset?: boolean;
              /** @description 是否转让集体资产或以入股、合资、合作方式经营（须评估） */
              assetTransfer?: boolean;
              /** @description 是否发包给本集体经济组织以外的单位或个人 */
              toNonMember?: boolean;
              /** @description 是否使用示范文本（可适用简易程序） */
              isTemplate?: boolean;
              /** @description 重大行政决策：拟提交集体讨论的日期 */
              plannedDecisionDate?: string;
              /** @description 村民（代表）会议或成员（代表）大会的表决情况 */
              vote?: {
                /**
                 * @description 表决机构：村民会议、村民代表会议、成员大会、成员代表大会
                 * @enum {string}
                 */
                body:
                  | 'villagers_assembly'
                  | 'representatives_assembly'
                  | 'members_assembly'
                  | 'member_reps_assembly';
                /** @description 应到人数（18 周岁以上村民、村民代表或成员） */
                entitled: number;
                /** @description 实到人数 */
                present: number;
                /** @description 同意人数 */
                votesFor: number;
                /** @description 村民会议：本村总户数 */
                households?: number;
                /** @description 村民会议：到会的户代表数 */
                householdsPresent?: number;
                /** @description 会议日期 */
                date?: string;
              };
              /**
               * @description 合同类型：lease 租赁 / land_transfer 土地经营权流转 / land_contracting 农村土地发包 / asset_transfer 资产转让 / construction 工程建设 / procurement 采购 / service 服务 / other 其他
               * @enum {string}
               */
              contractType?:
                | 'lease'
                | 'land_transfer'
                | 'land_contracting'
                | 'asset_transfer'
                | 'construction'
                | 'procurement'
                | 'service'
                | 'other';
              /** @description 约定自动续期的年数 */
              autoRenewalYears?: number;
              /**
               * Format: date
               * @description 出让方土地承包期届满日期（流转合同）
               */
              landContractEndDate?: string;
              /** @description 违约可能造成的损失估算（元） */
              estimatedLossYuan?: number;
              /** @description 是否行政协议（征收补偿、特许经营等） */
              isAdministrativeAgreement?: boolean;
              /** @description 是否已委托评估 */
              valuationDone?: boolean;
              /** @description 评估价（与合同金额同一口径）（元） */
              valuationYuan?: number;
              /** @description 是否进入农村产权交易市场公开交易 */
              openTrading?: boolean;
              /** @description 方案或评估结果公示天数 */
              publicNoticeDays?: number;
              /** @description 是否已报乡（镇）人民政府批准 */
              townshipApproved?: boolean;
              /**
               * @description 流转土地用途：agricultural 农业 / non_agricultural 非农
               * @enum {string}
               */
              landUse?: 'agricultural' | 'non_agricultural';
              /** @description 是否采用书面形式 */
              written?: boolean;
              /**
               * @description 工程项目采购类别：construction 施工 / key_equipment 重要设备材料 / survey_design_supervision 勘察设计监理 / goods_services 其他货物服务
               * @enum {string}
               */
              procurementCategory?:
                'construction' | 'key_equipment' | 'survey_design_supervision' | 'goods_services';
              /** @description 同一项目各合同合计金额（元） */
              projectTotalYuan?: number;
              /** @description 是否已依法招标 */
              tendered?: boolean;
              /** @description 一次性预收租金的年数 */
              prepaidYears?: number;
            };
            /** @description 是否涉及市场主体经济活动（须开展公平竞争审查） */
            affectsMarket?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审查事项详情（含本人可执行的操作） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改草拟中或退回补正的事项 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            summary?: string | null;
            /** @description 仅草拟阶段可直接修改全文；退回后请在重新送审时提交修改稿 */
            text?: string;
            fields?: {
              /** @description 合同相对方名称 */
              counterparty?: string;
              /** @description 合同金额，单位：分 */
              amountFen?: number;
              /** @description 合同起始日 */
              startDate?: string;
              /** @description 合同终止日 */
              endDate?: string;
              /** @description 合同期限（年） */
              termYears?: number;
              /** @description 违约金占合同金额的百分比 */
              liquidatedDamagesPercent?: number;
              /** @description 定金占合同金额的百分比 */
              depositPercent?: number;
              /** @description 是否处置、出租、发包村集体资产资源 */
              collectiveAsset?: boolean;
              /** @description 是否转让集体资产或以入股、合资、合作方式经营（须评估） */
              assetTransfer?: boolean;
              /** @description 是否发包给本集体经济组织以外的单位或个人 */
              toNonMember?: boolean;
              /** @description 是否使用示范文本（可适用简易程序） */
              isTemplate?: boolean;
              /** @description 重大行政决策：拟提交集体讨论的日期 */
              plannedDecisionDate?: string;
              /** @description 村民（代表）会议或成员（代表）大会的表决情况 */
              vote?: {
                /**
                 * @description 表决机构：村民会议、村民代表会议、成员大会、成员代表大会
                 * @enum {string}
                 */
                body:
                  | 'villagers_assembly'
                  | 'representatives_assembly'
                  | 'members_assembly'
                  | 'member_reps_assembly';
                /** @description 应到人数（18 周岁以上村民、村民代表或成员） */
                entitled: number;
                /** @description 实到人数 */
                present: number;
                /** @description 同意人数 */
                votesFor: number;
                /** @description 村民会议：本村总户数 */
                households?: number;
                /** @description 村民会议：到会的户代表数 */
                householdsPresent?: number;
                /** @description 会议日期 */
                date?: string;
              };
              /**
               * @description 合同类型：lease 租赁 / land_transfer 土地经营权流转 / land_contracting 农村土地发包 / asset_transfer 资产转让 / construction 工程建设 / procurement 采购 / service 服务 / other 其他
               * @enum {string}
               */
              contractType?:
                | 'lease'
                | 'land_transfer'
                | 'land_contracting'
                | 'asset_transfer'
                | 'construction'
                | 'procurement'
                | 'service'
                | 'other';
              /** @description 约定自动续期的年数 */
              autoRenewalYears?: number;
              /**
               * Format: date
               * @description 出让方土地承包期届满日期（流转合同）
               */
              landContractEndDate?: string;
              /** @description 违约可能造成的损失估算（元） */
              estimatedLossYuan?: number;
              /** @description 是否行政协议（征收补偿、特许经营等） */
              isAdministrativeAgreement?: boolean;
              /** @description 是否已委托评估 */
              valuationDone?: boolean;
              /** @description 评估价（与合同金额同一口径）（元） */
              valuationYuan?: number;
              /** @description 是否进入农村产权交易市场公开交易 */
              openTrading?: boolean;
              /** @description 方案或评估结果公示天数 */
              publicNoticeDays?: number;
              /** @description 是否已报乡（镇）人民政府批准 */
              townshipApproved?: boolean;
              /**
               * @description 流转土地用途：agricultural 农业 / non_agricultural 非农
               * @enum {string}
               */
              landUse?: 'agricultural' | 'non_agricultural';
              /** @description 是否采用书面形式 */
              written?: boolean;
              /**
               * @description 工程项目采购类别：construction 施工 / key_equipment 重要设备材料 / survey_design_supervision 勘察设计监理 / goods_services 其他货物服务
               * @enum {string}
               */
              procurementCategory?:
                'construction' | 'key_equipment' | 'survey_design_supervision' | 'goods_services';
              /** @description 同一项目各合同合计金额（元） */
              projectTotalYuan?: number;
              /** @description 是否已依法招标 */
              tendered?: boolean;
              /** @description 一次性预收租金的年数 */
              prepaidYears?: number;
            };
            affectsMarket?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/review/items/{id}/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补充送审材料（附件或纸质材料说明） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 材料清单中的项目，如 assembly_minutes；清单外的材料用 other */
            key: string;
            /**
             * Format: uuid
             * @description 已上传的附件
             */
            fileId?: string;
            /** @description 无电子文件时的说明，如“纸质原件已核对” */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/materials/{materialId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除送审材料 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          materialId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 送审（同时进行智能预审） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 受理（材料齐全；审查期限自次日起算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回补正（受理前材料不全） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/resubmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补正后重新送审（可提交修改稿，期限恢复计算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 补正后的送审稿全文（如有修改） */
            text?: string;
            /** Format: uuid */
            docxFileId?: string;
            fields?: {
              /** @description 合同相对方名称 */
              counterparty?: string;
              /** @description 合同金额，单位：分 */
              amountFen?: number;
              /** @description 合同起始日 */
              startDate?: string;
              /** @description 合同终止日 */
              endDate?: string;
              /** @description 合同期限（年） */
              termYears?: number;
              /** @description 违约金占合同金额的百分比 */
              liquidatedDamagesPercent?: number;
              /** @description 定金占合同金额的百分比 */
              depositPercent?: number;
              /** @description 是否处置、出租、发包村集体资产资源 */
              collectiveAsset?: boolean;
              /** @description 是否转让集体资产或以入股、合资、合作方式经营（须评估） */
              assetTransfer?: boolean;
              /** @description 是否发包给本集体经济组织以外的单位或个人 */
              toNonMember?: boolean;
              /** @description 是否使用示范文本（可适用简易程序） */
              isTemplate?: boolean;
              /** @description 重大行政决策：拟提交集体讨论的日期 */
              plannedDecisionDate?: string;
              /** @description 村民（代表）会议或成员（代表）大会的表决情况 */
              vote?: {
                /**
                 * @description 表决机构：村民会议、村民代表会议、成员大会、成员代表大会
                 * @enum {string}
                 */
                body:
                  | 'villagers_assembly'
                  | 'representatives_assembly'
                  | 'members_assembly'
                  | 'member_reps_assembly';
                /** @description 应到人数（18 周岁以上村民、村民代表或成员） */
                entitled: number;
                /** @description 实到人数 */
                present: number;
                /** @description 同意人数 */
                votesFor: number;
                /** @description 村民会议：本村总户数 */
                households?: number;
                /** @description 村民会议：到会的户代表数 */
                householdsPresent?: number;
                /** @description 会议日期 */
                date?: string;
              };
              /**
               * @description 合同类型：lease 租赁 / land_transfer 土地经营权流转 / land_contracting 农村土地发包 / asset_transfer 资产转让 / construction 工程建设 / procurement 采购 / service 服务 / other 其他
               * @enum {string}
               */
              contractType?:
                | 'lease'
                | 'land_transfer'
                | 'land_contracting'
                | 'asset_transfer'
                | 'construction'
                | 'procurement'
                | 'service'
                | 'other';
              /** @description 约定自动续期的年数 */
              autoRenewalYears?: number;
              /**
               * Format: date
               * @description 出让方土地承包期届满日期（流转合同）
               */
              landContractEndDate?: string;
              /** @description 违约可能造成的损失估算（元） */
              estimatedLossYuan?: number;
              /** @description 是否行政协议（征收补偿、特许经营等） */
              isAdministrativeAgreement?: boolean;
              /** @description 是否已委托评估 */
              valuationDone?: boolean;
              /** @description 评估价（与合同金额同一口径）（元） */
              valuationYuan?: number;
              /** @description 是否进入农村产权交易市场公开交易 */
              openTrading?: boolean;
              /** @description 方案或评估结果公示天数 */
              publicNoticeDays?: number;
              /** @description 是否已报乡（镇）人民政府批准 */
              townshipApproved?: boolean;
              /**
               * @description 流转土地用途：agricultural 农业 / non_agricultural 非农
               * @enum {string}
               */
              landUse?: 'agricultural' | 'non_agricultural';
              /** @description 是否采用书面形式 */
              written?: boolean;
              /**
               * @description 工程项目采购类别：construction 施工 / key_equipment 重要设备材料 / survey_design_supervision 勘察设计监理 / goods_services 其他货物服务
               * @enum {string}
               */
              procurementCategory?:
                'construction' | 'key_equipment' | 'survey_design_supervision' | 'goods_services';
              /** @description 同一项目各合同合计金额（元） */
              projectTotalYuan?: number;
              /** @description 是否已依法招标 */
              tendered?: boolean;
              /** @description 一次性预收租金的年数 */
              prepaidYears?: number;
            };
            /** @description 补正说明 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回送审事项 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 归档 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/start-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始审查（法审员） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/request-supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回补充材料（审查期限暂停） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/hits/{hitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 处理智能预审提示：采纳（转为审查意见条目）或不采纳 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          hitId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description accepted 采纳（转为审查意见条目）；dismissed 不采纳
             * @enum {string}
             */
            decision: 'accepted' | 'dismissed';
            /** @description 说明，如不采纳的理由 */
            note?: string;
            /**
             * @description 采纳时归入的审查维度，默认“内容”
             * @enum {string}
             */
            dimension?: 'subject' | 'authority' | 'procedure' | 'content' | 'form';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 添加审查意见条目（条款→问题→依据→修改建议） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 审查维度：主体、权限、程序、内容、形式
             * @enum {string}
             */
            dimension: 'subject' | 'authority' | 'procedure' | 'content' | 'form';
            /** @description 涉及的条款原文 */
            clause?: string;
            /** @description 存在的问题 */
            problem: string;
            /** @description 法律依据 */
            basis?: string;
            /** @description 修改建议（建议表述） */
            suggestion?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/draft-opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保存审查意见草稿 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 主体、权限、程序、内容、形式逐项结论：pass 符合、issue 存在问题、not_applicable 不适用 */
            checklist?: {
              [key: string]: 'pass' | 'issue' | 'not_applicable';
            };
            summary?: string;
            bases?: string[];
            /** @enum {string} */
            conclusion?:
              'lawful' | 'lawful_with_suggestions' | 'revise' | 'unlawful' | 'risk_disclosed';
            riskStatement?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/adviser-opinions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 出具书面法律意见（法律顾问） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 书面法律意见 */
            text: string;
            /**
             * Format: uuid
             * @description 签名的法律意见书扫描件
             */
            fileId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/co-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提请县级合法性审查中心协审 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 疑难复杂的问题 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/co-review/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 回复协审意见（县级合法性审查中心） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            response: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 出具合法性审查意见书（取文号、生成公文） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 审查结论；材料不全请使用“退回补充材料”
             * @enum {string}
             */
            conclusion:
              'lawful' | 'lawful_with_suggestions' | 'revise' | 'unlawful' | 'risk_disclosed';
            /** @description 主体、权限、程序、内容、形式逐项结论：pass 符合、issue 存在问题、not_applicable 不适用 */
            checklist: {
              [key: string]: 'pass' | 'issue' | 'not_applicable';
            };
            /** @description 审查意见正文 */
            summary: string;
            /** @description 审查依据，如《中华人民共和国民法典》第七百零五条 */
            bases: string[];
            /** @description 明示法律风险时必填：风险内容及提示 */
            riskStatement?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按审查意见修改后重新报审（新版本，重新预审和计时） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 修改稿全文（与 docxFileId 二选一） */
            text?: string;
            /** Format: uuid */
            docxFileId?: string;
            fields?: {
              /** @description 合同相对方名称 */
              counterparty?: string;
              /** @description 合同金额，单位：分 */
              amountFen?: number;
              /** @description 合同起始日 */
              startDate?: string;
              /** @description 合同终止日 */
              endDate?: string;
              /** @description 合同期限（年） */
              termYears?: number;
              /** @description 违约金占合同金额的百分比 */
              liquidatedDamagesPercent?: number;
              /** @description 定金占合同金额的百分比 */
              depositPercent?: number;
              /** @description 是否处置、出租、发包村集体资产资源 */
              collectiveAsset?: boolean;
              /** @description 是否转让集体资产或以入股、合资、合作方式经营（须评估） */
              assetTransfer?: boolean;
              /** @description 是否发包给本集体经济组织以外的单位或个人 */
              toNonMember?: boolean;
              /** @description 是否使用示范文本（可适用简易程序） */
              isTemplate?: boolean;
              /** @description 重大行政决策：拟提交集体讨论的日期 */
              plannedDecisionDate?: string;
              /** @description 村民（代表）会议或成员（代表）大会的表决情况 */
              vote?: {
                /**
                 * @description 表决机构：村民会议、村民代表会议、成员大会、成员代表大会
                 * @enum {string}
                 */
                body:
                  | 'villagers_assembly'
                  | 'representatives_assembly'
                  | 'members_assembly'
                  | 'member_reps_assembly';
                /** @description 应到人数（18 周岁以上村民、村民代表或成员） */
                entitled: number;
                /** @description 实到人数 */
                present: number;
                /** @description 同意人数 */
                votesFor: number;
                /** @description 村民会议：本村总户数 */
                households?: number;
                /** @description 村民会议：到会的户代表数 */
                householdsPresent?: number;
                /** @description 会议日期 */
                date?: string;
              };
              /**
               * @description 合同类型：lease 租赁 / land_transfer 土地经营权流转 / land_contracting 农村土地发包 / asset_transfer 资产转让 / construction 工程建设 / procurement 采购 / service 服务 / other 其他
               * @enum {string}
               */
              contractType?:
                | 'lease'
                | 'land_transfer'
                | 'land_contracting'
                | 'asset_transfer'
                | 'construction'
                | 'procurement'
                | 'service'
                | 'other';
              /** @description 约定自动续期的年数 */
              autoRenewalYears?: number;
              /**
               * Format: date
               * @description 出让方土地承包期届满日期（流转合同）
               */
              landContractEndDate?: string;
              /** @description 违约可能造成的损失估算（元） */
              estimatedLossYuan?: number;
              /** @description 是否行政协议（征收补偿、特许经营等） */
              isAdministrativeAgreement?: boolean;
              /** @description 是否已委托评估 */
              valuationDone?: boolean;
              /** @description 评估价（与合同金额同一口径）（元） */
              valuationYuan?: number;
              /** @description 是否进入农村产权交易市场公开交易 */
              openTrading?: boolean;
              /** @description 方案或评估结果公示天数 */
              publicNoticeDays?: number;
              /** @description 是否已报乡（镇）人民政府批准 */
              townshipApproved?: boolean;
              /**
               * @description 流转土地用途：agricultural 农业 / non_agricultural 非农
               * @enum {string}
               */
              landUse?: 'agricultural' | 'non_agricultural';
              /** @description 是否采用书面形式 */
              written?: boolean;
              /**
               * @description 工程项目采购类别：construction 施工 / key_equipment 重要设备材料 / survey_design_supervision 勘察设计监理 / goods_services 其他货物服务
               * @enum {string}
               */
              procurementCategory?:
                'construction' | 'key_equipment' | 'survey_design_supervision' | 'goods_services';
              /** @description 同一项目各合同合计金额（元） */
              projectTotalYuan?: number;
              /** @description 是否已依法招标 */
              tendered?: boolean;
              /** @description 一次性预收租金的年数 */
              prepaidYears?: number;
            };
            /** @description 修改说明：对审查意见的修改情况 */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/findings/{findingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除审查意见条目 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          findingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/opinions/{opinionId}/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载合法性审查意见书（DOCX，GB/T 9704） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          opinionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 反馈审查意见采纳情况（送审单位） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description adopted 全部采纳、partly 部分采纳、not_adopted 未采纳
             * @enum {string}
             */
            adoption: 'adopted' | 'partly' | 'not_adopted';
            /** @description 采纳情况说明；部分采纳或未采纳的须说明理由 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作出决定、签订或印发；村规民约为村民会议表决通过（未经合法性审查或审查不合法的，返回 422） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description discussed 集体讨论决定、signed 签订合同、published 印发、voted 村民会议表决通过
             * @enum {string}
             */
            kind: 'discussed' | 'signed' | 'published' | 'voted';
            /** @description 会议、签订或印发的日期 */
            decidedOn: string;
            /** @description 会议名称，如“镇党政班子会议（2024年第12次）” */
            meeting?: string;
            /** @description 村规民约：村民会议表决情况（必填） */
            vote?: {
              /**
               * @description 表决机构：村民会议、村民代表会议、成员大会、成员代表大会
               * @enum {string}
               */
              body:
                | 'villagers_assembly'
                | 'representatives_assembly'
                | 'members_assembly'
                | 'member_reps_assembly';
              /** @description 应到人数（18 周岁以上村民、村民代表或成员） */
              entitled: number;
              /** @description 实到人数 */
              present: number;
              /** @description 同意人数 */
              votesFor: number;
              /** @description 村民会议：本村总户数 */
              households?: number;
              /** @description 村民会议：到会的户代表数 */
              householdsPresent?: number;
              /** @description 会议日期 */
              date?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/items/{id}/filing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报送备案（附最终签署或印发文本） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 最终签署或印发的文本（已上传的附件）
             */
            fileId: string;
            /** @description 报送备案日期，默认今天 */
            filedOn?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type: string;
              typeLabel: string;
              title: string;
              summary: string | null;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              track: string;
              trackLabel: string;
              affectsMarket: boolean;
              version: number;
              org: {
                id: string;
                name: string;
                kind: string;
              };
              town: {
                id: string;
                name: string;
              };
              /** @description 结构化要素 */
              fields: {
                [key: string]: unknown;
              };
              /** @description 当前版本全文 */
              text: string;
              versions: {
                version: number;
                source: string;
                note: string | null;
                createdAt: string;
              }[];
              materials: {
                key: string;
                label: string;
                required: boolean;
                basis: string | null;
                supplied: {
                  id: string;
                  fileId: string | null;
                  fileName: string | null;
                  note: string | null;
                  addedAt: string;
                }[];
              }[];
              otherMaterials: {
                id: string;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                addedAt: string;
              }[];
              missingMaterials: string[];
              /** @description 表决情况与法定人数、三分之二等要求的核对 */
              voteChecks: {
                key: string;
                label: string;
                ok: boolean;
                detail: string;
                basis: string;
              }[];
              hits: {
                id: string;
                ruleId: string;
                severity: string;
                title: string;
                clause: string;
                start: number;
                end: number;
                basis: string;
                suggestion: string;
                decision: string;
                decisionLabel: string;
                decisionNote: string | null;
                findingId: string | null;
              }[];
              findings: {
                id: string;
                dimension: string;
                dimensionLabel: string;
                clause: string | null;
                problem: string;
                basis: string | null;
                suggestion: string | null;
                hitId: string | null;
                createdAt: string;
              }[];
              draftOpinion: {
                [key: string]: unknown;
              } | null;
              opinions: {
                id: string;
                version: number;
                conclusion: string;
                conclusionLabel: string;
                checklist: {
                  [key: string]: string;
                };
                summary: string;
                bases: string[];
                riskStatement: string | null;
                reviewerName: string;
                issuedOn: string;
                docNumber: string | null;
                fileId: string | null;
                channel: string;
              }[];
              conclusion: string | null;
              conclusionLabel: string | null;
              adviserOpinions: {
                id: string;
                version: number;
                adviserName: string;
                text: string;
                fileId: string | null;
                createdAt: string;
              }[];
              coReviews: {
                id: string;
                reason: string;
                requestedAt: string;
                pausedClock: boolean;
                responderName: string | null;
                response: string | null;
                respondedAt: string | null;
              }[];
              feedback: {
                adoption: string;
                adoptionLabel: string;
                note: string | null;
                at: string | null;
              } | null;
              decision: {
                kind: string;
                kindLabel: string;
                decidedOn: string | null;
                facts: {
                  [key: string]: unknown;
                };
              } | null;
              filingTarget: string | null;
              filingTargetLabel: string | null;
              filing: {
                id: string;
                target: string;
                targetOrgName: string;
                filedOn: string;
                fileId: string | null;
                note: string | null;
                dueDate: string | null;
                onTime: boolean | null;
              } | null;
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              filingClock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
              } | null;
              fcrId: string | null;
              fcrOutcome: string | null;
              steps: {
                id: string;
                action: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                version: number;
                actorName: string | null;
                at: string;
                note: string | null;
                basis: string | null;
              }[];
              submittedAt: string | null;
              acceptedOn: string | null;
              /** @description 同一科室既送审又受理时的提示（已记入流转记录和审计日志） */
              sameOffice: {
                /** @enum {string} */
                kind: 'same_person' | 'same_office';
                message: string;
                acceptedBy: string | null;
                at: string;
              } | null;
              createdAt: string;
              /** @description 本人可执行的操作 */
              abilities: {
                [key: string]: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度审查统计（按记录实时计算） */
    get: {
      parameters: {
        query: {
          /** @description 统计年度，如 2024 */
          year: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              asOf: string;
              /** @description 有审查记录的年度 */
              years: number[];
              /** @description 年度报告口径：合同类、村规民约、重大行政决策备案审查、其他事项（省级平台），线下村级合同 */
              report: {
                contracts: number;
                villageRules: number;
                majorDecisionFilings: number;
                other: number;
                offlineVillageContracts: number;
              };
              reviewedOnPlatform: number;
              byType: {
                type: string;
                label: string;
                platform: number;
                offline: number;
              }[];
              byMonth: {
                month: string;
                count: number;
              }[];
              byOrg: {
                orgId: string;
                name: string;
                kind: string;
                platform: number;
                offline: number;
              }[];
              conclusions: {
                conclusion: string;
                label: string;
                count: number;
              }[];
              /** @description 应审尽审率 */
              coverage: {
                decided: number;
                reviewedBeforeDecision: number;
                /** @description 比率（0–1），无分母时为 null */
                rate: number | null;
              };
              /** @description 受理至出具意见的平均工作日（扣除暂停） */
              averageWorkingDaysToOpinion: number | null;
              onTime: {
                closed: number;
                onTime: number;
                /** @description 比率（0–1），无分母时为 null */
                rate: number | null;
              };
              filings: {
                total: number;
                county: number;
                town: number;
                villageRulesOnTime: number;
                villageRulesDue: number;
              };
              rules: {
                ruleId: string;
                title: string;
                hits: number;
                accepted: number;
                dismissed: number;
                pending: number;
                /** @description 比率（0–1），无分母时为 null */
                precision: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审查看板：各状态数量与全部未办结期限（红黄绿） */
    get: {
      parameters: {
        query?: {
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: string;
              byState: {
                state: string;
                label: string;
                count: number;
              }[];
              deadlineCounts: {
                overdue: number;
                due_soon: number;
                on_track: number;
                paused: number;
              };
              deadlines: {
                itemId: string;
                title: string;
                typeLabel: string;
                orgName: string;
                stateLabel: string;
                kind: string;
                clock: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/filings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 备案登记（format=xlsx 导出） */
    get: {
      parameters: {
        query?: {
          year?: number;
          /** @description county 县级合法性审查中心；town 镇人民政府（村规民约） */
          target?: 'county' | 'town';
          type?:
            | 'normative_doc'
            | 'major_decision'
            | 'major_enforcement'
            | 'gov_contract'
            | 'village_contract'
            | 'village_rules'
            | 'other';
          page?: number;
          pageSize?: number;
          format?: 'json' | 'xlsx';
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                itemId: string;
                target: string;
                targetLabel: string;
                filedOn: string;
                dueDate: string | null;
                onTime: boolean | null;
                fileId: string | null;
                fileName: string | null;
                note: string | null;
                title: string;
                type: string;
                typeLabel: string;
                decidedOn: string | null;
                orgName: string;
                townName: string;
                targetOrgName: string;
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载线下村级合同导入模板（XLSX） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量导入线下审查的村级合同并逐份智能预审（任一行有误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              imported: number;
              hits: number;
              withHits: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/fcr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公平竞争审查记录（format=xlsx 导出） */
    get: {
      parameters: {
        query?: {
          state?: 'draft' | 'concluded';
          outcome?: 'compliant' | 'exception_applies' | 'non_compliant';
          year?: number;
          page?: number;
          pageSize?: number;
          format?: 'json' | 'xlsx';
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建公平竞争审查记录（自动标注可能排除、限制竞争的表述） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @description 起草单位（第十三条：起草单位在起草阶段开展审查） */
            draftingUnit: string;
            text: string;
            /**
             * Format: uuid
             * @description 关联的合法性审查事项（涉及市场主体的规范性文件、重大行政决策等）
             */
            itemId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/fcr/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公平竞争审查记录详情（含审查标准清单与例外情形） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 逐项判断审查标准、填写例外情形和听取意见情况 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text?: string;
            /** @description 审查标准逐项判断：键为条款项，如 "9.3"（第九条第（三）项）；involved 含有该情形、not_involved 不含 */
            checklist?: {
              [key: string]: 'involved' | 'not_involved';
            };
            exception?: {
              /**
               * @description 第十二条所列情形
               * @enum {string}
               */
              ground: 'security' | 'innovation' | 'public_interest' | 'other_statutory';
              /** @description 是否没有对公平竞争影响更小的替代方案 */
              noLessRestrictiveAlternative: boolean;
              /** @description 实施期限或者终止条件 */
              termOrEndCondition: string;
            } | null;
            /** @description 听取利害关系人意见情况（第十六条） */
            consultation?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/review/fcr/{id}/conclude': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作出书面审查结论（第十七条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description compliant 不违反、exception_applies 适用例外、non_compliant 违反不得出台
             * @enum {string}
             */
            outcome: 'compliant' | 'exception_applies' | 'non_compliant';
            /** @description 书面审查结论（第十七条） */
            conclusionText: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/fcr-cleanups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 存量清理台账（继续有效、修订、废止；format=xlsx 导出） */
    get: {
      parameters: {
        query?: {
          year?: number;
          outcome?: 'kept' | 'revised' | 'abolished';
          page?: number;
          pageSize?: number;
          format?: 'json' | 'xlsx';
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记一份存量文件的清理结果 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            docTitle: string;
            /** @description 文号 */
            docNumber?: string;
            /** @description 印发日期 */
            issuedOn?: string;
            /**
             * @description kept 继续有效、revised 修订、abolished 废止
             * @enum {string}
             */
            outcome: 'kept' | 'revised' | 'abolished';
            reason: string;
            /** @description 清理日期 */
            reviewedOn: string;
            /** @description 清理批次，如“2024年涉企政策文件公平竞争审查清查” */
            campaign?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审查期限等可配置规则（含默认值来源） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（县级及以上人员须指定；默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              periods: {
                type: string;
                typeLabel: string;
                days: number;
                unit: string;
                basis: string;
                source: string;
                confirmed: boolean;
              }[];
              pauseDuringCoReview: {
                value: boolean;
                source: string;
              };
              tradingThresholdFen: {
                value: number;
                source: string;
              };
              majorContractThresholdFen: {
                value: number;
                source: string;
              };
              abilities: {
                manage: boolean;
              };
            };
          };
        };
      };
    };
    /** 修改本镇的审查期限等规则 */
    put: {
      parameters: {
        query?: {
          /** @description 乡镇（县级及以上人员须指定；默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 各类事项的审查期限（工作日） */
            periods?: {
              [key: string]: number;
            };
            /** @description 县乡协审期间是否暂停计算审查期限 */
            pauseDuringCoReview?: boolean;
            /** @description 进入农村产权交易市场的标的额（分） */
            tradingThresholdFen?: number;
            /** @description 报县级中心备案的重大合同金额（分） */
            majorContractThresholdFen?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              periods: {
                type: string;
                typeLabel: string;
                days: number;
                unit: string;
                basis: string;
                source: string;
                confirmed: boolean;
              }[];
              pauseDuringCoReview: {
                value: boolean;
                source: string;
              };
              tradingThresholdFen: {
                value: number;
                source: string;
              };
              majorContractThresholdFen: {
                value: number;
                source: string;
              };
              abilities: {
                manage: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/pre-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 智能预审：检查村规民约、合同或涉企政策措施文本，返回疑似问题条款（不保存） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /**
                 * @description 村规民约、村民自治章程、居民公约
                 * @enum {string}
                 */
                kind: 'village_rules';
                /** @description 全文（粘贴或从 Word 文档提取） */
                text: string;
                fields?: {
                  /**
                   * @description 表决机构：villagers_assembly 村民会议 / representatives_assembly 村民代表会议 / village_committee 村民委员会 / two_committees 村两委会议
                   * @enum {string}
                   */
                  adoptedBy?:
                    | 'villagers_assembly'
                    | 'representatives_assembly'
                    | 'village_committee'
                    | 'two_committees';
                  /** @description 本村十八周岁以上村民人数 */
                  adults?: number;
                  /** @description 本村户数 */
                  households?: number;
                  /** @description 到会的十八周岁以上村民人数 */
                  attendees?: number;
                  /** @description 到会的户代表数 */
                  attendeeHouseholds?: number;
                  /** @description 赞成人数 */
                  votesFor?: number;
                  /** @description 会议提前通知村民的天数 */
                  noticeDays?: number;
                  /**
                   * Format: date
                   * @description 表决通过日期
                   */
                  adoptedOn?: string;
                  /**
                   * Format: date
                   * @description 报乡镇人民政府备案日期
                   */
                  filedOn?: string;
                };
              }
            | {
                /**
                 * @description 行政机关合同、村级合同
                 * @enum {string}
                 */
                kind: 'contract';
                /** @description 全文（粘贴或从 Word 文档提取） */
                text: string;
                fields?: {
                  /**
                   * @description 合同类型：lease 租赁 / land_transfer 土地经营权流转 / land_contracting 农村土地发包 / asset_transfer 资产转让 / construction 工程建设 / procurement 采购 / service 服务 / other 其他
                   * @enum {string}
                   */
                  contractType?:
                    | 'lease'
                    | 'land_transfer'
                    | 'land_contracting'
                    | 'asset_transfer'
                    | 'construction'
                    | 'procurement'
                    | 'service'
                    | 'other';
                  /** @description 合同期限（年） */
                  termYears?: number;
                  /**
                   * Format: date
                   * @description 起始日期
                   */
                  startDate?: string;
                  /**
                   * Format: date
                   * @description 届满日期
                   */
                  endDate?: string;
                  /**
                   * Format: date
                   * @description 出让方土地承包期届满日期（流转合同）
                   */
                  landContractEndDate?: string;
                  /** @description 约定自动续期的年数 */
                  autoRenewalYears?: number;
                  /** @description 合同金额（元） */
                  amountYuan?: number;
                  /** @description 违约金占合同金额的比例（%） */
                  liquidatedDamagesPercent?: number;
                  /** @description 违约金数额（元） */
                  liquidatedDamagesYuan?: number;
                  /** @description 违约可能造成的损失估算（元） */
                  estimatedLossYuan?: number;
                  /** @description 定金占合同金额的比例（%） */
                  depositPercent?: number;
                  /** @description 定金数额（元） */
                  depositYuan?: number;
                  /** @description 是否行政协议（征收补偿、特许经营等） */
                  isAdministrativeAgreement?: boolean;
                  /** @description 是否处分或出租农村集体资产 */
                  isCollectiveAsset?: boolean;
                  /** @description 应到成员（代表）人数 */
                  membersEntitled?: number;
                  /** @description 表决同意人数 */
                  votesFor?: number;
                  /** @description 是否已委托评估 */
                  valuationDone?: boolean;
                  /** @description 评估价（与合同金额同一口径）（元） */
                  valuationYuan?: number;
                  /** @description 是否进入农村产权交易市场公开交易 */
                  openTrading?: boolean;
                  /** @description 方案或评估结果公示天数 */
                  publicNoticeDays?: number;
                  /** @description 承包方是否本集体经济组织成员 */
                  counterpartyIsMember?: boolean;
                  /** @description 是否已报乡（镇）人民政府批准 */
                  townshipApproved?: boolean;
                  /**
                   * @description 流转土地用途：agricultural 农业 / non_agricultural 非农
                   * @enum {string}
                   */
                  landUse?: 'agricultural' | 'non_agricultural';
                  /** @description 是否采用书面形式 */
                  written?: boolean;
                  /**
                   * @description 工程项目采购类别：construction 施工 / key_equipment 重要设备材料 / survey_design_supervision 勘察设计监理 / goods_services 其他货物服务
                   * @enum {string}
                   */
                  procurementCategory?:
                    | 'construction'
                    | 'key_equipment'
                    | 'survey_design_supervision'
                    | 'goods_services';
                  /** @description 同一项目各合同合计金额（元） */
                  projectTotalYuan?: number;
                  /** @description 是否已依法招标 */
                  tendered?: boolean;
                  /** @description 一次性预收租金的年数 */
                  prepaidYears?: number;
                };
              }
            | {
                /**
                 * @description 涉及经营者经济活动的政策措施
                 * @enum {string}
                 */
                kind: 'fair_competition';
                /** @description 全文（粘贴或从 Word 文档提取） */
                text: string;
                fields?: {
                  /**
                   * @description 主张适用的例外情形（条例第十二条）：security 国家安全和发展利益 / innovation 科技进步与自主创新 / public_interest 节能环保救灾等公共利益 / other_statutory 法律行政法规规定的其他情形
                   * @enum {string}
                   */
                  exception?: 'security' | 'innovation' | 'public_interest' | 'other_statutory';
                  /** @description 是否没有对公平竞争影响更小的替代方案 */
                  noLessRestrictiveAlternative?: boolean;
                  /** @description 是否确定了合理的实施期限或者终止条件 */
                  hasTermOrEndCondition?: boolean;
                  /** @description 是否在审查结论中详细说明 */
                  explainedInConclusion?: boolean;
                };
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hits: {
                /** @description 规则编号，如 R4、C10、F9.3 */
                ruleId: string;
                /**
                 * @description high 应当删除 / medium 应当修改或补充材料 / low 提示
                 * @enum {string}
                 */
                severity: 'high' | 'medium' | 'low';
                /** @description 问题 */
                title: string;
                /** @description 命中的条款原文；针对全文或送审信息的提示为空 */
                clause: string;
                /** @description 条款在原文中的起始位置（UTF-16 下标） */
                start: number;
                /** @description 条款在原文中的结束位置（不含） */
                end: number;
                /** @description 依据（法律名称和条款） */
                basis: string;
                /** @description 修改建议 */
                suggestion: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/pre-review/docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 智能预审（上传 Word 文档）：表单字段 kind、fields（JSON，可选）和 file */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hits: {
                /** @description 规则编号，如 R4、C10、F9.3 */
                ruleId: string;
                /**
                 * @description high 应当删除 / medium 应当修改或补充材料 / low 提示
                 * @enum {string}
                 */
                severity: 'high' | 'medium' | 'low';
                /** @description 问题 */
                title: string;
                /** @description 命中的条款原文；针对全文或送审信息的提示为空 */
                clause: string;
                /** @description 条款在原文中的起始位置（UTF-16 下标） */
                start: number;
                /** @description 条款在原文中的结束位置（不含） */
                end: number;
                /** @description 依据（法律名称和条款） */
                basis: string;
                /** @description 修改建议 */
                suggestion: string;
              }[];
              /** @description 从 Word 文档提取的全文 */
              text: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/pre-review/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 智能预审规则目录、公平竞争审查标准和可配置阈值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: {
                id: string;
                kind: string;
                title: string;
                severity: string;
                basis: string;
                suggestion: string;
              }[];
              fairCompetition: {
                standards: {
                  code: string;
                  group: string;
                  article: number;
                  item: number;
                  basis: string;
                  text: string;
                }[];
                exceptions: {
                  key: string;
                  basis: string;
                  text: string;
                }[];
                exceptionConditions: {
                  key: string;
                  basis: string;
                  text: string;
                }[];
              };
              thresholds: {
                key: string;
                label: string;
                value: number;
                unit: string;
                source: string;
                confirmed: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开类别（第二十条、第二十一条）、不予公开依据等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开目录（含各状态；可筛选、分页、导出 XLSX） */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
          category?:
            | 'regulations'
            | 'organization'
            | 'plans'
            | 'statistics'
            | 'licensing'
            | 'penalties'
            | 'budget'
            | 'fees'
            | 'procurement'
            | 'major_projects'
            | 'livelihood'
            | 'emergency'
            | 'supervision'
            | 'civil_service'
            | 'other_mandatory'
            | 'agri_policy'
            | 'irrigation'
            | 'land_transfer'
            | 'homestead'
            | 'land_expropriation'
            | 'house_expropriation'
            | 'fundraising_labor'
            | 'social_assistance';
          kind?: 'information' | 'interpretation';
          /** @description 按标题、索引号、文号查找 */
          q?: string;
          /** @description 1：只看超过第二十六条公开期限仍未公开的 */
          overdue?: '0' | '1';
          /** @description 1：只看已到第十八条评估日期的不予公开信息 */
          reassessDue?: '0' | '1';
          /** @description 生成日期所在年度 */
          year?: number;
          page?: number;
          pageSize?: number;
          /** @description xlsx：按当前筛选条件导出目录 */
          format?: 'json' | 'xlsx';
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                indexNo: string;
                kind: string;
                kindLabel: string;
                category: string;
                categoryLabel: string;
                categoryArticle: string;
                title: string;
                summary: string;
                docNumber: string | null;
                publisherName: string;
                groupClass: string | null;
                publishMode: string;
                publishModeLabel: string;
                createdOn: string;
                normativeKind: string | null;
                issuedOn: string | null;
                abolishedOn: string | null;
                /** @enum {string} */
                status:
                  'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
                statusLabel: string;
                publishedOn: string | null;
                reassessDue: string | null;
                withholdGround: string | null;
                authorName: string;
                org: {
                  id: string;
                  name: string;
                };
                clock: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                  /** @description 已公开的：是否在期限内公开 */
                  inTime: boolean | null;
                } | null;
              }[];
              total: number;
              page: number;
              pageSize: number;
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** 起草主动公开信息（第二十六条公开期限自生成日期起算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 发布机构（镇政府或其内设机构）；默认本人所在机构
             */
            orgId?: string;
            /**
             * @description information 政府信息；interpretation 政策解读
             * @default information
             * @enum {string}
             */
            kind?: 'information' | 'interpretation';
            /**
             * @description 公开类别，见 GET /disclosure/categories
             * @enum {string}
             */
            category:
              | 'regulations'
              | 'organization'
              | 'plans'
              | 'statistics'
              | 'licensing'
              | 'penalties'
              | 'budget'
              | 'fees'
              | 'procurement'
              | 'major_projects'
              | 'livelihood'
              | 'emergency'
              | 'supervision'
              | 'civil_service'
              | 'other_mandatory'
              | 'agri_policy'
              | 'irrigation'
              | 'land_transfer'
              | 'homestead'
              | 'land_expropriation'
              | 'house_expropriation'
              | 'fundraising_labor'
              | 'social_assistance';
            /** @description 标题 */
            title: string;
            /** @description 内容概述（目录显示） */
            summary: string;
            /**
             * @description 正文（纯文本，空行分段）
             * @default
             */
            body?: string;
            /** @description 文号 */
            docNumber?: string | null;
            /** @description 组配分类 */
            groupClass?: string | null;
            /**
             * @description 公开方式：主动公开 / 依申请转主动公开（第四十四条）
             * @default proactive
             * @enum {string}
             */
            publishMode?: 'proactive' | 'from_requests';
            /** @description 生成日期：信息形成或变更之日，第二十六条 20 个工作日自此起算 */
            createdOn: string;
            /**
             * @description 规范性文件类别（仅“规范性文件”类）
             * @enum {string|null}
             */
            normativeKind?: 'rule' | 'normative_document' | 'other' | null;
            /** @description 制发日期（仅“规范性文件”类） */
            issuedOn?: string | null;
            /**
             * Format: uuid
             * @description 政策解读所解读的信息
             */
            explainsId?: string | null;
            /**
             * Format: uuid
             * @description 本条是哪条已公开信息的新版本（信息变更）
             */
            supersedesId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开信息详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改草稿 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 公开类别，见 GET /disclosure/categories
             * @enum {string}
             */
            category?:
              | 'regulations'
              | 'organization'
              | 'plans'
              | 'statistics'
              | 'licensing'
              | 'penalties'
              | 'budget'
              | 'fees'
              | 'procurement'
              | 'major_projects'
              | 'livelihood'
              | 'emergency'
              | 'supervision'
              | 'civil_service'
              | 'other_mandatory'
              | 'agri_policy'
              | 'irrigation'
              | 'land_transfer'
              | 'homestead'
              | 'land_expropriation'
              | 'house_expropriation'
              | 'fundraising_labor'
              | 'social_assistance';
            /** @description 标题 */
            title?: string;
            /** @description 内容概述（目录显示） */
            summary?: string;
            body?: string;
            /** @description 文号 */
            docNumber?: string | null;
            /** @description 组配分类 */
            groupClass?: string | null;
            /** @enum {string} */
            publishMode?: 'proactive' | 'from_requests';
            /** @description 改动后公开期限按新的生成日期重新起算 */
            createdOn?: string;
            /**
             * @description 规范性文件类别（仅“规范性文件”类）
             * @enum {string|null}
             */
            normativeKind?: 'rule' | 'normative_document' | 'other' | null;
            /** @description 制发日期（仅“规范性文件”类） */
            issuedOn?: string | null;
            /**
             * Format: uuid
             * @description 政策解读所解读的信息
             */
            explainsId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为草稿添加附件 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description POST /files 返回的附件编号
             */
            fileId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交保密审查（第十七条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保密审查通过并公开（须由起草人、提交人以外的人员审查） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 审查意见 */
            opinion?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保密审查退回修改 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/withhold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 决定不予公开（第十四至十六条），并安排定期评估（第十八条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 不予公开的依据
             * @enum {string}
             */
            ground:
              | 'state_secret'
              | 'prohibited_by_law'
              | 'security_stability'
              | 'third_party'
              | 'internal_affairs'
              | 'process_info'
              | 'enforcement_files';
            /** @description 具体理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/reassess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予公开信息定期评估审查（第十八条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description true：情势变化，可以公开（转入保密审查）；false：继续不予公开 */
            release: boolean;
            /** @description 评估意见 */
            opinion: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回已公开信息 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/items/{id}/abolish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记规范性文件废止日期 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 废止日期 */
            abolishedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indexNo: string;
              kind: string;
              kindLabel: string;
              category: string;
              categoryLabel: string;
              categoryArticle: string;
              title: string;
              summary: string;
              docNumber: string | null;
              publisherName: string;
              groupClass: string | null;
              publishMode: string;
              publishModeLabel: string;
              createdOn: string;
              normativeKind: string | null;
              issuedOn: string | null;
              abolishedOn: string | null;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';
              statusLabel: string;
              publishedOn: string | null;
              reassessDue: string | null;
              withholdGround: string | null;
              authorName: string;
              org: {
                id: string;
                name: string;
              };
              clock: {
                id: string;
                purpose: string;
                startDate: string;
                limitDays: number;
                /** @enum {string} */
                unit: 'working' | 'calendar';
                extensionDays: number;
                dueDate: string;
                /** @enum {string} */
                state: 'running' | 'paused' | 'stopped';
                stoppedOn: string | null;
                /**
                 * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                 * @enum {string}
                 */
                status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                statusLabel: string;
                /** @description 距截止日的工作日数，超期为负，办结后为空 */
                daysLeft: number | null;
                /** @description 期限的法律依据 */
                basis: string;
                /** @description 已公开的：是否在期限内公开 */
                inTime: boolean | null;
              } | null;
              body: string;
              explainsId: string | null;
              explains: {
                id: string;
                title: string;
                indexNo: string;
              } | null;
              interpretations: {
                id: string;
                title: string;
                status: string;
              }[];
              supersedesId: string | null;
              submittedBy: string | null;
              reviewedBy: string | null;
              reviewOpinion: string | null;
              returnReason: string | null;
              withholdGroundLabel: string | null;
              withholdBasis: string | null;
              withholdReason: string | null;
              lastReassessedOn: string | null;
              withdrawnReason: string | null;
              attachments: {
                id: string;
                name: string;
                size: number;
                mime: string;
              }[];
              abilities: {
                edit: boolean;
                submit: boolean;
                /** @description 审查通过、退回、不予公开 */
                review: boolean;
                reassess: boolean;
                withdraw: boolean;
                recordAbolition: boolean;
                attach: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/guide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开指南（第十二条） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    /** 修改政府信息公开指南 */
    put: {
      parameters: {
        query?: {
          /** @description 乡镇（默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 政府信息的分类（说明） */
            classification: string;
            /** @description 编排体系 */
            arrangement: string;
            /** @description 获取方式 */
            accessMethods: string;
            /** @description 政府信息公开工作机构名称 */
            officeName: string;
            /** @description 办公地址 */
            address: string;
            /** @description 办公时间 */
            officeHours: string;
            /** @description 联系电话 */
            phone: string;
            /** @description 传真号码 */
            fax: string;
            /** @description 互联网联系方式（网址） */
            website: string;
            /** @description 电子邮箱 */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/proactive-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 主动公开参数（[U] 可配置项及其默认值来源） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    /** 修改主动公开参数 */
    put: {
      parameters: {
        query?: {
          /** @description 乡镇（默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 不予公开信息的评估周期（月） */
            reassessMonths: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/proactive-figures/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度报告表二（主动公开政府信息情况）的数据 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-stats/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入表二所需的许可、处罚、强制决定数和收费金额（注明来源） */
    put: {
      parameters: {
        query?: {
          /** @description 乡镇（默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 行政许可本年处理决定数量 */
            licensingDecisions: number;
            /** @description 行政许可决定数的数据来源（台账、系统、出具单位） */
            licensingSource: string;
            /** @description 行政处罚本年处理决定数量 */
            penaltyDecisions: number;
            /** @description 行政处罚决定数的数据来源（台账、系统、出具单位） */
            penaltySource: string;
            /** @description 行政强制本年处理决定数量 */
            coercionDecisions: number;
            /** @description 行政强制决定数的数据来源（台账、系统、出具单位） */
            coercionSource: string;
            /** @description 行政事业性收费本年收费金额（分） */
            feesFen: number;
            /** @description 收费金额的数据来源（台账、系统、出具单位） */
            feesSource: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/disclosure/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开目录与全文检索（中文分词） */
    get: {
      parameters: {
        query?: {
          /** @description 公开类别 */
          category?:
            | 'regulations'
            | 'organization'
            | 'plans'
            | 'statistics'
            | 'licensing'
            | 'penalties'
            | 'budget'
            | 'fees'
            | 'procurement'
            | 'major_projects'
            | 'livelihood'
            | 'emergency'
            | 'supervision'
            | 'civil_service'
            | 'other_mandatory'
            | 'agri_policy'
            | 'irrigation'
            | 'land_transfer'
            | 'homestead'
            | 'land_expropriation'
            | 'house_expropriation'
            | 'fundraising_labor'
            | 'social_assistance';
          /** @description 检索词 */
          q?: string;
          /** @description 检索结果排序：date 按发布时间（新的在前）；relevance 按相关度 */
          sort?: 'date' | 'relevance';
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 门户主办单位（乡镇及所属县市）以及是否为演示数据 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              town: {
                name: string;
                code: string;
              };
              county: string | null;
              demo: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/disclosure/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开类别及各类信息数量 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/disclosure/guide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开指南 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/disclosure/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开信息全文 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/disclosure/items/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载公开信息的附件 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          fileId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 党务/村务/财务、法定公开事项、频次等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 村务公开事项（本人辖区；可筛选、分页、导出） */
    get: {
      parameters: {
        query?: {
          /** @description 村（社区），或县级人员所选的乡镇 */
          orgId?: string;
          category?: 'party' | 'village' | 'finance';
          status?: 'draft' | 'in_review' | 'published';
          year?: number;
          page?: number;
          pageSize?: number;
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 起草村务公开事项 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 村（社区）；默认本人所在村
             */
            orgId?: string;
            /**
             * @description 党务 party / 村务 village / 财务 finance
             * @enum {string}
             */
            category: 'party' | 'village' | 'finance';
            /**
             * @description regular 一般事项（按期公布）；major 重大事项（随时公布）
             * @enum {string}
             */
            matterKind: 'regular' | 'major';
            /**
             * @description 法定公开事项（组织法第三十条、浙江实施办法第二十九条）
             * @enum {string}
             */
            subject:
              | 'meeting_decisions'
              | 'family_planning'
              | 'assist_government'
              | 'other_concerns'
              | 'relief_funds'
              | 'finances'
              | 'social_security'
              | 'party_affairs';
            /** @description 一般事项所属期间 */
            period?: string;
            /** @description 重大事项的决定或发生日期 */
            occurredOn?: string;
            /** @description 标题 */
            title: string;
            /** @description 公开内容（纯文本） */
            body: string;
            /**
             * Format: uuid
             * @description 按镇政府责令公布的反映编号
             */
            complaintId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 村务公开事项详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改草稿 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 党务 party / 村务 village / 财务 finance
             * @enum {string}
             */
            category?: 'party' | 'village' | 'finance';
            /**
             * @description regular 一般事项（按期公布）；major 重大事项（随时公布）
             * @enum {string}
             */
            matterKind?: 'regular' | 'major';
            /**
             * @description 法定公开事项（组织法第三十条、浙江实施办法第二十九条）
             * @enum {string}
             */
            subject?:
              | 'meeting_decisions'
              | 'family_planning'
              | 'assist_government'
              | 'other_concerns'
              | 'relief_funds'
              | 'finances'
              | 'social_security'
              | 'party_affairs';
            /** @description 一般事项所属期间 */
            period?: string;
            /** @description 重大事项的决定或发生日期 */
            occurredOn?: string;
            /** @description 标题 */
            title?: string;
            /** @description 公开内容（纯文本） */
            body?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    trace?: never;
  };
  '/api/v1/village-affairs/items/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 添加附件（如财务收支明细、凭证扫描件） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            fileId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/items/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交村务监督委员会审查 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/items/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 监委会审查通过，经“群治分”公开 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 监委会审查意见 */
            opinion?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/items/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 监委会退回修改 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 监委会退回意见 */
            opinion: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各村三务公开情况看板（按法定频次计算逾期） */
    get: {
      parameters: {
        query?: {
          year?: number;
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开频次与期限设置（[U] 可配置项） */
    get: {
      parameters: {
        query?: {
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改全镇三务公开期限设置 */
    put: {
      parameters: {
        query?: {
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 公开日：每期结束后次月几日前公布 */
            dueDay: number;
            /** @description 重大事项自决定之日起几个工作日内公布 */
            majorDays: number;
            /** @description 镇政府调查核实反映的期限（工作日） */
            complaintDays: number;
            /** @description 责令公布后村应当公布的期限（工作日） */
            orderDays: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/villages/{villageId}/frequency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置某村某类事项的公开频次 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          villageId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            category: 'party' | 'village' | 'finance';
            /** @enum {string} */
            frequency: 'quarterly' | 'monthly';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/villages/{villageId}/supervisors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 村务监督委员会成员 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          villageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记村务监督委员会成员 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          villageId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 本村村民的账号
             */
            userId: string;
            /**
             * @description chair 主任；member 委员
             * @enum {string}
             */
            role: 'chair' | 'member';
            /** @description 村民会议或村民代表会议推选之日 */
            electedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/villages/{villageId}/supervisors/{memberId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 成员卸任 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          villageId: string;
          memberId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/villages/{villageId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 镇政府责令本村公布的事项（不含反映人信息） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          villageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 村民反映（第三十一条）列表 */
    get: {
      parameters: {
        query?: {
          status?: 'received' | 'investigating' | 'ordered' | 'dismissed' | 'published' | 'closed';
          villageId?: string;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记村民反映 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 被反映的村（社区）
             */
            villageId: string;
            /** @description 反映人姓名 */
            complainantName: string;
            /**
             * @description 党务 / 村务 / 财务
             * @enum {string}
             */
            category: 'party' | 'village' | 'finance';
            /**
             * @description not_published 应当公布而未及时公布；untrue 公布的事项不真实
             * @enum {string}
             */
            kind: 'not_published' | 'untrue';
            /** @description 反映的事项 */
            matter: string;
            /** @description 联系电话（加密保存，脱敏显示） */
            phone?: string;
            /**
             * @description 来访 / 来信 / 来电 / 网上
             * @enum {string}
             */
            channel: 'visit' | 'letter' | 'phone' | 'online';
            /** @description 收到反映之日（调查期限自此起算） */
            receivedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 反映详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}/pii': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看反映人完整联系电话（留痕） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}/investigate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始调查核实 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 责令依法公布 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 调查核实情况 */
            findings: string;
            /** @description 责令公布的事项和要求 */
            orderText: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核实后不予支持 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 调查核实情况 */
            findings: string;
            /** @description 不予支持的理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}/confirm-published': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认村已公布 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 村已公布的公开事项
             */
            itemId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/village-affairs/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办结并告知反映人 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 向反映人告知的处理结果 */
            resultNote: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/village-affairs/villages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本镇各村（社区）及最近公开日期 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/village-affairs/villages/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某村已公开的党务、村务、财务事项 */
    get: {
      parameters: {
        query?: {
          category?: 'party' | 'village' | 'finance';
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/village-affairs/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开事项全文 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/village-affairs/items/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载公开事项的附件 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          fileId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/village-affairs/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 反映村务应公布未公布或公布不实（《村民委员会组织法》第三十一条），由镇政府调查核实 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 被反映的村（社区）
             */
            villageId: string;
            /** @description 反映人姓名 */
            complainantName: string;
            /**
             * @description 党务 / 村务 / 财务
             * @enum {string}
             */
            category: 'party' | 'village' | 'finance';
            /**
             * @description not_published 应当公布而未及时公布；untrue 公布的事项不真实
             * @enum {string}
             */
            kind: 'not_published' | 'untrue';
            /** @description 反映的事项 */
            matter: string;
            /** @description 联系电话，用于告知处理结果 */
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开申请办理队列（筛选、分页、导出台账） */
    get: {
      parameters: {
        query?: {
          state?:
            | 'pending_confirmation'
            | 'received'
            | 'correction_requested'
            | 'in_process'
            | 'consulting'
            | 'awaiting_fee'
            | 'replied'
            | 'closed';
          channel?: 'in_person' | 'registered_post' | 'ordinary_letter' | 'online' | 'fax';
          applicantKind?:
            | 'natural_person'
            | 'commercial'
            | 'research'
            | 'public_interest'
            | 'legal_service'
            | 'other';
          /** @description 即将到期（≤3 个工作日）/ 已超期 */
          due?: 'due_soon' | 'overdue';
          /** @description 收到申请的年份 */
          year?: number;
          /** @description 申请人、所需信息或查询码 */
          q?: string;
          /** @description 只取所选的记录（以逗号分隔的编号，最多 200 条） */
          ids?: string;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
          page?: number;
          pageSize?: number;
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                trackingCode: string;
                state: string;
                stateLabel: string;
                channel: string;
                channelLabel: string;
                applicantKind: string;
                applicantKindLabel: string;
                applicantName: string;
                description: string;
                submittedOn: string | null;
                /** @description 收到申请之日（《政府信息公开条例》第三十一条） */
                receivedOn: string | null;
                replyDueOn: string | null;
                clockStatus: string | null;
                clockStatusLabel: string | null;
                daysLeft: number | null;
                outcome: string | null;
                outcomeLabel: string | null;
                outcomeOn: string | null;
                replyNumber: string | null;
              }[];
              total: number;
              page: number;
              pageSize: number;
              stateLabels: {
                [key: string]: string;
              };
              abilities: {
                register: boolean;
                settings: boolean;
                /** @description 可合并重复申请（所选申请逐件不予重复处理） */
                repeatReplies: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** 登记收到的申请（按《政府信息公开条例》第三十一条确定收到申请之日） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他
             * @enum {string}
             */
            applicantKind:
              | 'natural_person'
              | 'commercial'
              | 'research'
              | 'public_interest'
              | 'legal_service'
              | 'other';
            /** @description 姓名或单位名称 */
            applicantName: string;
            /**
             * @description resident_id 居民身份证 / passport / hmt_permit / credit_code 统一社会信用代码
             * @enum {string}
             */
            idType: 'resident_id' | 'passport' | 'hmt_permit' | 'credit_code';
            /** @description 居民身份证号码校验 ISO 7064 MOD 11-2，统一社会信用代码校验 GB 32100 */
            idNumber: string;
            /** @description 手机号或带区号的固定电话；查询办理进度时须提供 */
            phone: string;
            /** @description 法人或其他组织的联系人 */
            contactPerson?: string;
            /** @description 通信地址（邮寄时必填） */
            address?: string;
            /**
             * Format: email
             * @description 电子邮箱（电子邮件送达时必填）
             */
            email?: string;
            /** @description 《政府信息公开条例》第二十九条第二项 */
            description: string;
            /**
             * @description paper 纸质 / electronic 电子 / inspection 查阅
             * @enum {string}
             */
            formWanted: 'paper' | 'electronic' | 'inspection';
            /**
             * @description post 邮寄 / pickup 自取 / email 电子邮件
             * @enum {string}
             */
            delivery: 'post' | 'pickup' | 'email';
            /**
             * @description in_person 当面 / registered_post 邮寄签收 / ordinary_letter 平常信函 / online 互联网 / fax 传真
             * @enum {string}
             */
            channel: 'in_person' | 'registered_post' | 'ordinary_letter' | 'online' | 'fax';
            /** @description 提交日期，YYYY-MM-DD */
            submittedOn?: string;
            /** @description 签收日期，YYYY-MM-DD */
            signedOn?: string;
            /** @description 信函收到日期，YYYY-MM-DD */
            arrivedOn?: string;
            /** @description 双方确认日期，YYYY-MM-DD */
            confirmedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 申请人类型、收件渠道、答复类型（表三各行）等选项 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 申请详情（期限、文书、可执行的操作） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/pii': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看申请人完整证件号码和联系电话（记入审计日志） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              idNumber: string;
              phone: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认收到网上或传真申请（双方确认之日为收到申请之日，第三十一条第三项） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 双方确认日期，YYYY-MM-DD */
            confirmedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审查通过，进入办理 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/correction-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一次性告知补正（第三十条，收到申请之日起 7 个工作日内） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: string;
            /** @description 补正期限（工作日），缺省用本镇设置 */
            periodDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记收到的补正（答复期限自收到补正之日起重新计算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 收到补正日期，YYYY-MM-DD */
            correctedOn: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/close-correction-overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 逾期不补正，终止办理（表三 （六）1） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/consultations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 征求第三方或其他机关意见（暂停计算答复期限，第三十二至三十四条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'third_party' | 'interagency';
            partyName: string;
            matter: string;
            /** @description 征求意见书送达日期，YYYY-MM-DD */
            sentOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/consultations/{cid}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记意见或逾期未提出意见 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          cid: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            opinion: 'agree' | 'object' | 'no_reply';
            note?: string;
            /** @description 收到意见日期，YYYY-MM-DD */
            answeredOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 延长答复期限（工作机构负责人批准，最长 20 个工作日，只能一次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 延长的工作日数，1–20 */
            days: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/explanation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 要求申请人说明理由（第三十五条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/delay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确定延迟答复的合理期限（第三十五条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 延迟答复期限，YYYY-MM-DD */
            dueOn: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/fee-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发出信息处理费收费通知（国办函〔2020〕109号） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description per_item 按件 / per_page 按量（一件申请只能选一种）
             * @enum {string}
             */
            method: 'per_item' | 'per_page';
            /** @description 按件：本申请的件数（缺省 1） */
            items?: number;
            /** @description 按量：提供的页数 */
            pages?: number;
            reason: string;
            /** @description 当面交付或电子送达的，收到之日；邮寄的可待签收后另行登记 */
            servedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/fee-served': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记申请人收到收费通知的日期（缴费期限自此起算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 申请人收到收费通知的日期，YYYY-MM-DD */
            servedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/fee-paid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记已缴纳信息处理费 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 缴费日期，YYYY-MM-DD */
            paidOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/close-fee-unpaid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 逾期未缴费，终止办理（表三 （六）2） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/originals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保存原件（不向申请人提供） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 先上传到 /files 得到的编号
             */
            fileId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/redactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 区分处理：生成或上传去除不应公开内容的公开文本（第十五条、第三十七条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            originalFileId: string;
            /**
             * @description auto：对 DOCX 原件自动遮盖；uploaded：上传已处理的公开文本（PDF、图片等）
             * @enum {string}
             */
            mode: 'auto' | 'uploaded';
            marks?: {
              text: string;
              /** @enum {string} */
              ground:
                | 'personal_privacy'
                | 'trade_secret'
                | 'state_secret'
                | 'security_stability'
                | 'internal_affairs'
                | 'process_info'
                | 'not_government_info';
            }[];
            /**
             * @description 自动遮盖身份证号码，并注明理由
             * @enum {string}
             */
            idNumbers?:
              | 'personal_privacy'
              | 'trade_secret'
              | 'state_secret'
              | 'security_stability'
              | 'internal_affairs'
              | 'process_info'
              | 'not_government_info';
            /**
             * @description 自动遮盖电话号码，并注明理由
             * @enum {string}
             */
            phones?:
              | 'personal_privacy'
              | 'trade_secret'
              | 'state_secret'
              | 'security_stability'
              | 'internal_affairs'
              | 'process_info'
              | 'not_government_info';
            /** Format: uuid */
            releasedFileId?: string;
            /** @description uploaded：已遮盖内容的理由 */
            grounds?: (
              | 'personal_privacy'
              | 'trade_secret'
              | 'state_secret'
              | 'security_stability'
              | 'internal_affairs'
              | 'process_info'
              | 'not_government_info'
            )[];
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/redactions/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 区分处理预览：自动遮盖将去除哪些内容（各部分计数、脱敏示例、公开文本），不保存 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            originalFileId: string;
            marks?: {
              text: string;
              /** @enum {string} */
              ground:
                | 'personal_privacy'
                | 'trade_secret'
                | 'state_secret'
                | 'security_stability'
                | 'internal_affairs'
                | 'process_info'
                | 'not_government_info';
            }[];
            /**
             * @description 自动遮盖身份证号码，并注明理由
             * @enum {string}
             */
            idNumbers?:
              | 'personal_privacy'
              | 'trade_secret'
              | 'state_secret'
              | 'security_stability'
              | 'internal_affairs'
              | 'process_info'
              | 'not_government_info';
            /**
             * @description 自动遮盖电话号码，并注明理由
             * @enum {string}
             */
            phones?:
              | 'personal_privacy'
              | 'trade_secret'
              | 'state_secret'
              | 'security_stability'
              | 'internal_affairs'
              | 'process_info'
              | 'not_government_info';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 每条遮盖规则的命中数 */
              items: {
                kind: string;
                ground: string;
                count: number;
                /** @description 脱敏示例（不含被遮盖的原文） */
                samples: string[];
              }[];
              /** @description 文档各部分（正文、页眉页脚、批注、修订、文档属性等）的命中数 */
              parts: {
                part: string;
                count: number;
              }[];
              /** @description 公开文本正文（■ 为遮盖处） */
              text: string;
              truncated: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/{id}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 答复（表三的一种办理结果），生成答复告知书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 表三的一个末级行
             * @enum {string}
             */
            outcome:
              | 'disclosed'
              | 'partially_disclosed'
              | 'withheld_state_secret'
              | 'withheld_law_prohibited'
              | 'withheld_security_stability'
              | 'withheld_third_party'
              | 'withheld_internal_affairs'
              | 'withheld_process_info'
              | 'withheld_enforcement_file'
              | 'withheld_admin_query'
              | 'unavailable_not_held'
              | 'unavailable_needs_creation'
              | 'unavailable_still_unclear'
              | 'rejected_petition'
              | 'rejected_repeat'
              | 'rejected_publication'
              | 'rejected_excessive'
              | 'rejected_confirm_obtained'
              | 'other_correction_overdue'
              | 'other_fee_unpaid'
              | 'other_other';
            /** @description 说明理由（不予公开、部分公开、无法提供等须填写） */
            reasons?: string;
            /** @description 获取途径、已作出的答复文号等 */
            details?: string;
            /** @description “本机关不掌握”时：属于不由本机关负责公开（第三十六条第（五）项），须说明理由 */
            notResponsible?: boolean;
            /** @description 能够确定负责公开的行政机关的，其名称和联系方式（第三十六条第（五）项） */
            competentBody?: {
              name: string;
              contact: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orgId: string;
              orgName: string;
              trackingCode: string;
              state: string;
              stateLabel: string;
              channel: string;
              channelLabel: string;
              description: string;
              applicantKind: string;
              applicantKindLabel: string;
              applicantName: string;
              idType: string;
              idTypeLabel: string;
              /** @description 脱敏证件号码；完整号码须通过 /pii 查看并留痕 */
              idNumberMasked: string;
              phoneMasked: string;
              contactPerson: string | null;
              address: string | null;
              email: string | null;
              formWanted: string;
              formLabel: string;
              delivery: string;
              deliveryLabel: string;
              dates: {
                submittedOn: string | null;
                signedOn: string | null;
                arrivedOn: string | null;
                confirmedOn: string | null;
                receivedOn: string | null;
              };
              receiptNote: string | null;
              correction: {
                requestedOn: string;
                items: string;
                dueOn: string | null;
                correctedOn: string | null;
                text: string | null;
              } | null;
              extension: {
                days: number;
                on: string | null;
              } | null;
              explanationRequestedOn: string | null;
              delayDueOn: string | null;
              fee: {
                method: string;
                methodLabel: string;
                items: number | null;
                pages: number | null;
                amountFen: number;
                notifiedOn: string | null;
                servedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                pausedClock: boolean;
              } | null;
              outcome: {
                key: string;
                label: string;
                row: string;
                basis: string;
                on: string | null;
                docNumber: string | null;
                reasons: string | null;
              } | null;
              clocks: {
                reply: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correctionNotice: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                correction: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
                fee: {
                  id: string;
                  purpose: string;
                  startDate: string;
                  limitDays: number;
                  /** @enum {string} */
                  unit: 'working' | 'calendar';
                  extensionDays: number;
                  dueDate: string;
                  /** @enum {string} */
                  state: 'running' | 'paused' | 'stopped';
                  stoppedOn: string | null;
                  /**
                   * @description 红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结
                   * @enum {string}
                   */
                  status: 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';
                  statusLabel: string;
                  /** @description 距截止日的工作日数，超期为负，办结后为空 */
                  daysLeft: number | null;
                  /** @description 期限的法律依据 */
                  basis: string;
                } | null;
              };
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                fileId: string;
                visibleToApplicant: boolean;
                createdAt: string;
              }[];
              consultations: {
                id: string;
                kind: string;
                kindLabel: string;
                partyName: string;
                matter: string;
                sentOn: string;
                dueOn: string;
                answeredOn: string | null;
                opinion: string | null;
                opinionLabel: string | null;
                opinionNote: string | null;
              }[];
              redactions: {
                id: string;
                method: string;
                originalFileId: string;
                releasedFileId: string;
                grounds: string;
                items: {
                  kind: string;
                  ground: string;
                  groundLabel: string;
                  count: number;
                  samples: string[];
                }[];
                createdAt: string;
              }[];
              createdAt: string;
              abilities: {
                confirmReceipt: boolean;
                accept: boolean;
                requestCorrection: boolean;
                receiveCorrection: boolean;
                closeCorrectionOverdue: boolean;
                consult: boolean;
                answerConsultation: boolean;
                extend: boolean;
                requestExplanation: boolean;
                setDelay: boolean;
                notifyFee: boolean;
                recordFeePaid: boolean;
                recordFeeServed: boolean;
                closeFeeUnpaid: boolean;
                redact: boolean;
                reply: boolean;
                withdraw: boolean;
                readPii: boolean;
              };
              /** @description 轮到本人但当前不能执行的操作及原因和依据 */
              blocked: {
                action: string;
                label: string;
                code: string;
                message: string;
                basis: string | null;
              }[];
              /** @description 已经过的流转步骤（由流转表和流转记录生成） */
              path: {
                action: string;
                label: string;
                at: string;
                actorName: string | null;
                /** @description 步骤导致的状态（中文）；未改变状态时为空 */
                toState: string | null;
                note: string | null;
                basis: string | null;
              }[];
              /** @description 当前状态下流程允许的后续步骤（由流转表生成） */
              ahead: {
                action: string;
                label: string;
                party: string;
                to: string[];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/requests/repeat-replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 合并重复申请：所选申请逐件以“不予重复处理”答复（第三十六条第（六）项），各生成答复告知书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ids: string[];
            /** @description 已作出的答复：文号或原申请编号，写入每份告知书 */
            details: string;
            reasons?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 已答复的申请 */
              replied: string[];
              /** @description 未答复的申请及原因（如已答复、状态不符） */
              refused: {
                id: string;
                code: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/request-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本镇依申请公开办理参数及其依据 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（县级及以上人员须指定；默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              feeNoticePausesClock: boolean;
              correctionPeriodDays: number;
              feePaymentDays: number;
              /** @enum {string} */
              feePeriodFrom: 'receipt' | 'issue';
              /** @enum {string} */
              feeCountScope: 'town' | 'platform';
              reviewAuthority: string | null;
              court: string | null;
              effectiveReviewAuthority: string;
              sources: {
                [key: string]: string;
              };
            };
          };
        };
      };
    };
    /** 修改本镇依申请公开办理参数 */
    put: {
      parameters: {
        query?: {
          /** @description 乡镇（县级及以上人员须指定；默认本人所在乡镇） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            feeNoticePausesClock: boolean;
            correctionPeriodDays: number;
            feePaymentDays: number;
            /**
             * @description 缴费期限起算：receipt 申请人收到收费通知之日（缺省）/ issue 通知发出之日
             * @enum {string}
             */
            feePeriodFrom?: 'receipt' | 'issue';
            /**
             * @description 按件计收累计范围：town 向本镇提出的申请（缺省）/ platform 平台上向各镇提出的申请
             * @enum {string}
             */
            feeCountScope?: 'town' | 'platform';
            reviewAuthority: string | null;
            court: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              feeNoticePausesClock: boolean;
              correctionPeriodDays: number;
              feePaymentDays: number;
              /** @enum {string} */
              feePeriodFrom: 'receipt' | 'issue';
              /** @enum {string} */
              feeCountScope: 'town' | 'platform';
              reviewAuthority: string | null;
              court: string | null;
              effectiveReviewAuthority: string;
              sources: {
                [key: string]: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/apply-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 网上申请表的选项（申请人类型、证件类型、获取形式和途径） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 网上提交政府信息公开申请（无需登录；工作机构确认后开始计算答复期限） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他
             * @enum {string}
             */
            applicantKind:
              | 'natural_person'
              | 'commercial'
              | 'research'
              | 'public_interest'
              | 'legal_service'
              | 'other';
            /** @description 姓名或单位名称 */
            applicantName: string;
            /**
             * @description resident_id 居民身份证 / passport / hmt_permit / credit_code 统一社会信用代码
             * @enum {string}
             */
            idType: 'resident_id' | 'passport' | 'hmt_permit' | 'credit_code';
            /** @description 居民身份证号码校验 ISO 7064 MOD 11-2，统一社会信用代码校验 GB 32100 */
            idNumber: string;
            /** @description 手机号或带区号的固定电话；查询办理进度时须提供 */
            phone: string;
            /** @description 法人或其他组织的联系人 */
            contactPerson?: string;
            /** @description 通信地址（邮寄时必填） */
            address?: string;
            /**
             * Format: email
             * @description 电子邮箱（电子邮件送达时必填）
             */
            email?: string;
            /** @description 《政府信息公开条例》第二十九条第二项 */
            description: string;
            /**
             * @description paper 纸质 / electronic 电子 / inspection 查阅
             * @enum {string}
             */
            formWanted: 'paper' | 'electronic' | 'inspection';
            /**
             * @description post 邮寄 / pickup 自取 / email 电子邮件
             * @enum {string}
             */
            delivery: 'post' | 'pickup' | 'email';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description 查询码：凭此码和联系电话查询办理进度 */
              trackingCode: string;
              submittedOn: string;
              state: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/track': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 凭查询码和联系电话查询办理进度和答复文书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 申请时取得的查询码 */
            code: string;
            /** @description 申请时填写的联系电话 */
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              trackingCode: string;
              state: string;
              stateLabel: string;
              applicantName: string;
              channelLabel: string;
              description: string;
              submittedOn: string | null;
              receivedOn: string | null;
              /** @description 答复期限（暂停计时期间为预计日期） */
              replyDueOn: string | null;
              replyDueExplained: {
                /** @description 如何算出：跳过的周末节假日、暂停与延长 */
                summary: string;
                /** @description 期限及计算规则的依据 */
                basis: string;
                /** @description 以上两项合为一句 */
                explained: string;
              } | null;
              clockPaused: boolean;
              correction: {
                items: string;
                dueOn: string | null;
                /** @description 补正期限如何算出 */
                dueExplained: {
                  /** @description 如何算出：跳过的周末节假日、暂停与延长 */
                  summary: string;
                  /** @description 期限及计算规则的依据 */
                  basis: string;
                  /** @description 以上两项合为一句 */
                  explained: string;
                } | null;
              } | null;
              outcome: {
                label: string;
                on: string | null;
                docNumber: string | null;
              } | null;
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                createdAt: string;
                /** @description 30 分钟内有效的下载链接 */
                url: string;
                expiresAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交补正内容（答复期限自收到补正之日起重新计算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            phone: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              trackingCode: string;
              state: string;
              stateLabel: string;
              applicantName: string;
              channelLabel: string;
              description: string;
              submittedOn: string | null;
              receivedOn: string | null;
              /** @description 答复期限（暂停计时期间为预计日期） */
              replyDueOn: string | null;
              replyDueExplained: {
                /** @description 如何算出：跳过的周末节假日、暂停与延长 */
                summary: string;
                /** @description 期限及计算规则的依据 */
                basis: string;
                /** @description 以上两项合为一句 */
                explained: string;
              } | null;
              clockPaused: boolean;
              correction: {
                items: string;
                dueOn: string | null;
                /** @description 补正期限如何算出 */
                dueExplained: {
                  /** @description 如何算出：跳过的周末节假日、暂停与延长 */
                  summary: string;
                  /** @description 期限及计算规则的依据 */
                  basis: string;
                  /** @description 以上两项合为一句 */
                  explained: string;
                } | null;
              } | null;
              outcome: {
                label: string;
                on: string | null;
                docNumber: string | null;
              } | null;
              documents: {
                id: string;
                kind: string;
                kindLabel: string;
                title: string;
                docNumber: string | null;
                createdAt: string;
                /** @description 30 分钟内有效的下载链接 */
                url: string;
                expiresAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/files/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载向申请人提供的文书（查询结果中的限时链接） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度报告三张统计表（JSON，供县级系统调用；支持接口令牌） */
    get: {
      parameters: {
        query: {
          /** @description 报告年度 */
          year: number;
          /** @description 乡镇（县级用户须指定） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 国办公开办函〔2021〕30号 */
              format: string;
              town: {
                id: string;
                name: string;
                code: string;
              };
              year: number;
              /** @description 表二：主动公开政府信息情况 */
              sectionTwo: {
                year: number;
                /** @description 第二十条第（一）项 */
                article20Item1: {
                  /** @description 规章 */
                  rules: {
                    /** @description 本年制发件数 */
                    issued: number;
                    /** @description 本年废止件数 */
                    abolished: number;
                    /** @description 现行有效件数 */
                    inForce: number;
                  };
                  /** @description 行政规范性文件 */
                  normativeDocuments: {
                    /** @description 本年制发件数 */
                    issued: number;
                    /** @description 本年废止件数 */
                    abolished: number;
                    /** @description 现行有效件数 */
                    inForce: number;
                  };
                };
                /** @description 第二十条第（五）项 */
                article20Item5: {
                  /** @description 行政许可 本年处理决定数量 */
                  licensingDecisions: number;
                };
                /** @description 第二十条第（六）项 */
                article20Item6: {
                  /** @description 行政处罚 */
                  penaltyDecisions: number;
                  /** @description 行政强制 */
                  coercionDecisions: number;
                };
                /** @description 第二十条第（八）项 */
                article20Item8: {
                  /** @description 行政事业性收费 本年收费金额（万元） */
                  feesWan: number;
                  feesFen: number;
                };
                /** @description 各项数据来源 */
                sources: {
                  [key: string]: string | null;
                };
              };
              sectionThree: {
                columns: {
                  key: string;
                  label: string;
                }[];
                rows: {
                  key: string;
                  label: string;
                  group: string | null;
                  values: {
                    [key: string]: number;
                  };
                }[];
              };
              sectionFour: {
                key: string;
                label: string;
                parent: string | null;
                values: {
                  [key: string]: number;
                };
              }[];
              fees: {
                /** @description 本年收取的信息处理费（分） */
                fen: number;
                count: number;
              };
              checks: {
                code: string;
                title: string;
                ok: boolean;
                failures: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-reports/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度报告（统计表、文字部分、校验结果、发布状态） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（县级用户须指定） */
          orgId?: string;
        };
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              town: {
                id: string;
                name: string;
                code: string;
              };
              year: number;
              checks: {
                code: string;
                title: string;
                ok: boolean;
                failures: string[];
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-reports/{year}/docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载年度报告（GB/T 9704 版式 DOCX，含统计表） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（县级用户须指定） */
          orgId?: string;
        };
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-reports/{year}/narrative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 保存文字部分（一、五、六） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 一、总体情况 */
            overview: string;
            problems: string;
            otherMatters: string;
            /** Format: uuid */
            orgId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              town: {
                id: string;
                name: string;
                code: string;
              };
              year: number;
              checks: {
                code: string;
                title: string;
                ok: boolean;
                failures: string[];
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-reports/{year}/review-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入因政府信息公开引起的行政复议、行政诉讼情况（表四） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            counts: {
              /** @description 行政复议 */
              review: {
                /** @description 结果维持 */
                upheld: number;
                /** @description 结果纠正 */
                corrected: number;
                /** @description 其他结果 */
                other: number;
                /** @description 尚未审结 */
                pending: number;
              };
              /** @description 未经复议直接起诉 */
              direct: {
                /** @description 结果维持 */
                upheld: number;
                /** @description 结果纠正 */
                corrected: number;
                /** @description 其他结果 */
                other: number;
                /** @description 尚未审结 */
                pending: number;
              };
              /** @description 复议后起诉 */
              after: {
                /** @description 结果维持 */
                upheld: number;
                /** @description 结果纠正 */
                corrected: number;
                /** @description 其他结果 */
                other: number;
                /** @description 尚未审结 */
                pending: number;
              };
            };
            /** Format: uuid */
            orgId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              town: {
                id: string;
                name: string;
                code: string;
              };
              year: number;
              checks: {
                code: string;
                title: string;
                ok: boolean;
                failures: string[];
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disclosure/annual-reports/{year}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布到门户（校验 V1–V5 全部通过方可发布） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            orgId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              town: {
                id: string;
                name: string;
                code: string;
              };
              year: number;
              checks: {
                code: string;
                title: string;
                ok: boolean;
                failures: string[];
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/annual-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 门户：已发布的政府信息公开工作年度报告 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/annual-reports/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 门户：某年度报告（发布时的内容） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/disclosure/annual-reports/{year}/docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 门户：下载某年度报告 DOCX */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 执法领域、权力来源、案件状态等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政处罚案件列表 */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?:
            | 'on_spot'
            | 'clue'
            | 'investigating'
            | 'investigated'
            | 'notified'
            | 'hearing'
            | 'deciding'
            | 'decided'
            | 'served'
            | 'urged'
            | 'court_applied'
            | 'executed'
            | 'closed'
            | 'not_punished'
            | 'withdrawn';
          /** @description 执法领域 */
          field?: 'safety_fire' | 'food_safety' | 'urban_management' | 'ecology' | 'other';
          /** @description 权力来源 */
          authorityBasis?: 'granted' | 'entrusted' | 'dispatched';
          /** @description 线索登记年度 */
          year?: number;
          /** @description 处罚决定年度（统计口径：决定日期在该年度内） */
          decidedYear?: number;
          /** @description 案号、案由或当事人 */
          q?: string;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记案件线索 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 案由 */
            title: string;
            /**
             * @description 执法领域
             * @enum {string}
             */
            field: 'safety_fire' | 'food_safety' | 'urban_management' | 'ecology' | 'other';
            /**
             * @description 权力来源：赋权 / 委托 / 派出机构
             * @enum {string}
             */
            authorityBasis: 'granted' | 'entrusted' | 'dispatched';
            /**
             * Format: uuid
             * @description 委托执法案件的委托书
             */
            entrustmentId?: string;
            /** @description 当事人 */
            partyName: string;
            /**
             * @description 公民 / 法人或者其他组织
             * @enum {string}
             */
            partyKind: 'citizen' | 'organisation';
            /** @description 当事人地址 */
            partyAddress?: string;
            /** @description 违法事实 */
            facts: string;
            /** @description 重大或疑难复杂案件（须法制审核、集体讨论） */
            major?: boolean;
            /** @description 办案执法人员（至少两名持有效执法证） */
            officerIds: string[];
            /**
             * @description 普通程序 / 简易程序（当场处罚，行政处罚法第五十一条）
             * @enum {string}
             */
            procedure?: 'general' | 'simple';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出行政处罚案件台账（XLSX） */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?:
            | 'on_spot'
            | 'clue'
            | 'investigating'
            | 'investigated'
            | 'notified'
            | 'hearing'
            | 'deciding'
            | 'decided'
            | 'served'
            | 'urged'
            | 'court_applied'
            | 'executed'
            | 'closed'
            | 'not_punished'
            | 'withdrawn';
          /** @description 执法领域 */
          field?: 'safety_fire' | 'food_safety' | 'urban_management' | 'ecology' | 'other';
          /** @description 权力来源 */
          authorityBasis?: 'granted' | 'entrusted' | 'dispatched';
          /** @description 线索登记年度 */
          year?: number;
          /** @description 处罚决定年度（统计口径：决定日期在该年度内） */
          decidedYear?: number;
          /** @description 案号、案由或当事人 */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载行政处罚案件台账导入模板（XLSX） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入已结案的历史案件台账（XLSX；任一行有误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案件详情（含可办理步骤） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/case-file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载案卷（ZIP：卷内目录及全部文书、附件） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/to-general': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转为普通程序 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/decide-on-spot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 当场作出处罚决定（简易程序） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 罚款（警告为0）（元） */
            fine: number;
            /** @description 处罚种类 */
            penalty: string;
            /** @description 处罚依据 */
            legalBasis: string;
            /** @description 决定书编号（预定格式、编有号码） */
            formNo: string;
            /** @description 已向当事人出示执法证件（第五十二条） */
            certificateShown: boolean;
            /** @description 当事人拒绝签收 */
            refusedToSign?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 当场处罚决定报行政机关备案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/collect-on-spot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 当场收缴罚款 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 当场收缴的情形（第六十八条、第六十九条）
             * @enum {string}
             */
            ground: 'small_fine' | 'hard_to_enforce' | 'remote_area';
            /** @description 财政部门统一制发的专用票据号 */
            receiptNo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 当场收缴的罚款交至行政机关 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 立案（审批） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/end-investigation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 调查终结 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/notify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 事先告知（出具事先告知书） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 拟罚款（元） */
            proposedFine: number;
            /** @description 处罚依据 */
            legalBasis: string;
            /** @description 补录纸质办理的案件：文书上已有的文号（不再生成文书） */
            offlineDocNo?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/request-hearing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记当事人听证要求 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/close-defence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 陈述申辩复核完毕 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 说明 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/finish-hearing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 听证结束 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 说明 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/legal-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 法制审核 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 审核意见 */
            opinion: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/discuss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 负责人集体讨论 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 集体讨论意见 */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准延长办案期限 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 延长天数 */
            days: number;
            /** @description 延长理由及依据 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作出处罚决定（出具决定书） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 罚款（元） */
            fine: number;
            /** @description 处罚种类 */
            penalty: string;
            /** @description 处罚依据 */
            legalBasis: string;
            /** @description 补录纸质办理的案件：文书上已有的文号（不再生成文书） */
            offlineDocNo?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/serve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 送达决定书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/urge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 催告（出具催告书） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/apply-court': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申请人民法院强制执行 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 受理法院 */
            court: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/execute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 履行完毕 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公开处罚决定（行政处罚法第四十八条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/withdraw-publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回公开的处罚决定信息 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 处罚决定被变更、撤销、确认违法或无效之日 */
            changedOn: string;
            /** @description 撤回理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/not-punish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予处罚 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/cases/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/entrustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 委托执法委托书 */
    get: {
      parameters: {
        query?: {
          /** @description 机构编号 */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记委托书（行政处罚法第二十条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 委托机关 */
            entrustingBody: string;
            /** @description 委托范围 */
            fields: ('safety_fire' | 'food_safety' | 'urban_management' | 'ecology' | 'other')[];
            /** @description 委托权限 */
            powers: string;
            /** @description 委托书文号 */
            documentNo?: string;
            /** @description 委托期限起 */
            startsOn: string;
            /** @description 委托期限止 */
            endsOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/enforcement/entrustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开的委托执法事项（行政处罚法第二十条） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/enforcement/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开的行政处罚决定（行政处罚法第四十八条） */
    get: {
      parameters: {
        query?: {
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政执法证登记 */
    get: {
      parameters: {
        query?: {
          /** @description 机构编号 */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记行政执法证 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 持证人账号
             */
            userId: string;
            /** @description 执法证号 */
            certNo: string;
            /** @description 执法领域 */
            fields: ('safety_fire' | 'food_safety' | 'urban_management' | 'ecology' | 'other')[];
            /** @description 发证日期 */
            issuedOn: string;
            /** @description 有效期至 */
            expiresOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本镇在职账号（登记执法证时选择持证人） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政处罚决定统计（按年度、领域） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 机构编号 */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 听证数额标准（行政处罚法第六十三条） */
    get: {
      parameters: {
        query?: {
          /** @description 机构编号 */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    /** 设置听证数额标准 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 机构编号
             */
            orgId?: string;
            /** @description 公民听证数额标准（元） */
            citizen: number;
            /** @description 法人或者其他组织听证数额标准（元） */
            organisation: number;
            /** @description 对公民当场处罚的罚款上限（元） */
            simpleCitizen?: number;
            /** @description 对法人或者其他组织当场处罚的罚款上限（元） */
            simpleOrganisation?: number;
            /** @description 当场处罚决定备案期限（工作日） */
            simpleReportDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/inspections/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查类别、检查表、隐患等级和状态 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/inspections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查记录列表 */
    get: {
      parameters: {
        query?: {
          /** @description 检查类别 */
          kind?: 'safety' | 'fire' | 'canteen';
          /** @description 检查年度 */
          year?: number;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记检查记录（安全生产法第六十八条） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 检查类别：安全生产 / 消防安全 / 学校食堂
             * @enum {string}
             */
            kind: 'safety' | 'fire' | 'canteen';
            /** @description 检查日期 */
            inspectedOn: string;
            /** @description 被检查单位 */
            subjectName: string;
            /** @description 地址 */
            subjectAddress?: string;
            /** @description 被检查单位负责人 */
            contactPerson?: string;
            /** @description 检查表：每项是否符合 */
            checklist: {
              /** @description 检查项 */
              item: string;
              /** @description 是否符合 */
              passed: boolean;
              /** @description 发现的问题 */
              note?: string;
            }[];
            /**
             * @description 综合查一次：一同参加检查的部门
             * @default []
             */
            departments?: string[];
            /** @description 检查人员 */
            inspectors: string;
            /** @description 检查情况及处理 */
            findings?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/inspections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查记录详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 检查记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/inspections/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为检查记录添加现场照片 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 检查记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 照片（已上传文件）编号
             */
            fileId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事故隐患列表（可筛选逾期、挂牌督办） */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?:
            'found' | 'ordered' | 'rectifying' | 'closed' | 'supervised' | 'cleared' | 'escalated';
          /** @description 仅逾期未整改 */
          overdue?: 'true' | 'false';
          /** @description 仅挂牌督办 */
          supervised?: 'true' | 'false';
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记事故隐患 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 发现隐患的检查记录
             */
            inspectionId?: string;
            /** @description 隐患单位 */
            subjectName: string;
            /** @description 隐患描述 */
            description: string;
            /**
             * @description 一般事故隐患 / 重大事故隐患
             * @enum {string}
             */
            level: 'general' | 'major';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查和隐患统计（按年度） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 隐患详情（含可办理步骤） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 责令限期整改 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 整改期限（日期） */
            deadline?: string;
            /** @description 或：自今日起若干个工作日（按工作日历计算） */
            workingDays?: number;
            /** @description 整改要求 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始整改 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}/recheck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 复查 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 复查是否合格（隐患已排除） */
            passed: boolean;
            /** @description 复查意见 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 移送立案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 案件编号
             */
            caseId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}/supervise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 挂牌督办 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 整改期限（日期） */
            deadline?: string;
            /** @description 或：自今日起若干个工作日（按工作日历计算） */
            workingDays?: number;
            /** @description 督办单位 */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enforcement/hazards/{id}/clear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 督办销号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 隐患编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 说明 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 受理渠道、纠纷类型、承办组织、调解结果等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 矛盾纠纷列表 */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?: 'registered' | 'assigned' | 'mediating' | 'concluded' | 'closed';
          /** @description 受理渠道 */
          channel?:
            | 'police110'
            | 'hotline12345'
            | 'court'
            | 'petition_letter'
            | 'petition_visit'
            | 'petition_online'
            | 'odr'
            | 'grid'
            | 'walk_in'
            | 'village'
            | 'department';
          /** @description 纠纷类型 */
          category?:
            | 'family'
            | 'neighbour'
            | 'damages'
            | 'contract'
            | 'labour'
            | 'land'
            | 'property'
            | 'other';
          /** @description 受理年度 */
          year?: number;
          /** @description 编码、事项或当事人 */
          q?: string;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记矛盾纠纷（一案一编码，重复登记提示） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 受理渠道
             * @enum {string}
             */
            channel:
              | 'police110'
              | 'hotline12345'
              | 'court'
              | 'petition_letter'
              | 'petition_visit'
              | 'petition_online'
              | 'odr'
              | 'grid'
              | 'walk_in'
              | 'village'
              | 'department';
            /** @description 警情号、工单号、法院诉前调解案号等 */
            channelRef?: string;
            /** @description 受理日期（默认今天） */
            receivedOn?: string;
            /**
             * @description 纠纷类型
             * @enum {string}
             */
            category:
              | 'family'
              | 'neighbour'
              | 'damages'
              | 'contract'
              | 'labour'
              | 'land'
              | 'property'
              | 'other';
            /** @description 纠纷事项 */
            title: string;
            /** @description 纠纷的主要事实和争议事项 */
            facts: string;
            /** @description 当事人 */
            parties: {
              /**
               * @description 申请人 / 被申请人
               * @enum {string}
               */
              role: 'applicant' | 'respondent';
              /** @description 当事人姓名或名称 */
              name: string;
              /** @description 身份证号码或统一社会信用代码 */
              idNumber?: string;
              /** @description 联系电话 */
              phone?: string;
              /** @description 住址 */
              address?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出调解台账（XLSX） */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?: 'registered' | 'assigned' | 'mediating' | 'concluded' | 'closed';
          /** @description 受理渠道 */
          channel?:
            | 'police110'
            | 'hotline12345'
            | 'court'
            | 'petition_letter'
            | 'petition_visit'
            | 'petition_online'
            | 'odr'
            | 'grid'
            | 'walk_in'
            | 'village'
            | 'department';
          /** @description 纠纷类型 */
          category?:
            | 'family'
            | 'neighbour'
            | 'damages'
            | 'contract'
            | 'labour'
            | 'land'
            | 'property'
            | 'other';
          /** @description 受理年度 */
          year?: number;
          /** @description 编码、事项或当事人 */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 矛调指标（分子/分母、口径、截止日期）和四源月度趋势 */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 统计截止日期（默认年底或今天） */
          asOf?: string;
          /** @description 机构编号 */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载调解台账导入模板（XLSX） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/import/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 预览调解台账导入：逐行列出将登记的纠纷和问题（不写入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入调解台账：逐件登记并编码（任一行有误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 纠纷详情（含调解记录和可办理步骤） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/route': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 分派承办调解组织 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 承办调解组织类型
             * @enum {string}
             */
            handlerKind:
              | 'village_committee'
              | 'town_committee'
              | 'professional_committee'
              | 'department'
              | 'court';
            /** @description 承办调解组织 */
            handlerName: string;
            /** @description 调解员 */
            mediatorName?: string;
            /** @description 当事人选择的调解员（人民调解法第二十三条） */
            chosenByParties?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 受理（开始计算调解期限） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回矛调中心 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 退回理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记当事人拒绝调解 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 拒绝调解的当事人 */
            party: string;
            /** @description 说明 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录调解情况 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 调解日期（默认今天） */
            heldOn?: string;
            /** @description 调解地点 */
            place: string;
            /** @description 参加人员 */
            attendees: string;
            /** @description 调解情况（各方陈述和调解经过） */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 延长调解期限（人民调解：双方同意；信访：负责人批准） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 延长天数 */
            days: number;
            /** @description 双方当事人均同意延长（人民调解） */
            bothConsent?: boolean;
            /** @description 批准延长的本机关负责人（信访，《信访工作条例》第三十四条） */
            approvedBy?: string;
            /** @description 延长理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/agree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 达成书面调解协议（出具调解协议书） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 各方当事人的责任 */
            responsibilities?: string;
            /** @description 调解协议的内容 */
            terms?: string;
            /** @description 履行的方式和期限 */
            performance?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/agree-oral': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 达成口头调解协议 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 口头协议的内容 */
            terms: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/fail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 调解不成，终止调解 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 告知当事人的其他途径（仲裁、行政、司法等，人民调解法第二十六条） */
            routesLeft: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记司法确认申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 受理司法确认的人民法院 */
            court: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/revisit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 回访并关闭 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 当事人满意度（1–5） */
            rating: number;
            /** @description 回访情况 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 当事人在屏幕上签署调解协议书（PNG 签名） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 签名图片编号
             */
            fileId: string;
            /** @description 签名人（当事人或调解员） */
            signer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disputes/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传调解现场照片 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 纠纷编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 照片编号
             */
            fileId: string;
            /** @description 照片说明 */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案件类别、法定结果、状态等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政复议、行政诉讼案件登记 */
    get: {
      parameters: {
        query?: {
          /** @description 类别 */
          kind?: 'reconsideration' | 'litigation';
          /** @description 状态 */
          status?:
            | 'received'
            | 'consulted'
            | 'answered'
            | 'heard'
            | 'concluded'
            | 'appealed'
            | 'evaluated'
            | 'closed';
          /** @description 收案年度 */
          year?: number;
          /** @description 仅政府信息公开类 */
          disclosureRelated?: 'true' | 'false';
          /** @description 案号或案由 */
          q?: string;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记行政复议或行政诉讼案件 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 行政复议 / 行政诉讼
             * @enum {string}
             */
            kind: 'reconsideration' | 'litigation';
            /** @description 案号 */
            caseNo: string;
            /** @description 案由（被申请或被诉的行政行为） */
            title: string;
            /** @description 申请人/原告 */
            claimantName: string;
            /** @description 申请人/原告是否为自然人 */
            claimantIsPerson: boolean;
            /** @description 委托机关（受委托作出的行为，委托机关为被申请人） */
            entrustingBody?: string;
            /** @description 复议机关或人民法院 */
            reviewBody: string;
            /** @description 复议后起诉 */
            afterReconsideration?: boolean;
            /** @description 政府信息公开类案件（计入年报表四） */
            disclosureRelated?: boolean;
            /** @description 行政复议适用简易程序（答复期限五日） */
            simplified?: boolean;
            /** @description 承办科室 */
            department?: string;
            /** @description 收到复议申请书副本或起诉状副本的日期 */
            receivedOn: string;
            /**
             * @description 负责人应当出庭的情形
             * @enum {string}
             */
            mandatoryReason?:
              'public_interest' | 'public_attention' | 'mass_incident' | 'court_suggestion';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出复议应诉案件台账（XLSX） */
    get: {
      parameters: {
        query?: {
          /** @description 类别 */
          kind?: 'reconsideration' | 'litigation';
          /** @description 状态 */
          status?:
            | 'received'
            | 'consulted'
            | 'answered'
            | 'heard'
            | 'concluded'
            | 'appealed'
            | 'evaluated'
            | 'closed';
          /** @description 收案年度 */
          year?: number;
          /** @description 仅政府信息公开类 */
          disclosureRelated?: 'true' | 'false';
          /** @description 案号或案由 */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 发案量、出庭应诉率、纠错率、败诉率（按年度） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 统计截止日（默认年末或今天） */
          asOf?: string;
          /** @description 纠错率分母：concluded 审结数；decided 审结数减调解、和解撤回 */
          base?: 'concluded' | 'decided';
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案件详情（含可办理步骤） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/consult': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 案件会商 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 会商日期 */
            heldOn: string;
            /** @description 参加人员 */
            attendees: string[];
            /** @description 案情和法律分析 */
            analysis: string;
            /** @description 会商意见 */
            decision: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/reconsult': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 再次会商（上诉前、二审答辩前等） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 会商日期 */
            heldOn: string;
            /** @description 参加人员 */
            attendees: string[];
            /** @description 案情和法律分析 */
            analysis: string;
            /** @description 会商意见 */
            decision: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交答复/答辩（可出具答辩状/答复书 DOCX） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 提交答复书/答辩状及证据的日期 */
            filedOn: string;
            /** @description 说明 */
            note?: string;
            /** @description 答辩/答复意见（出具答辩状或答复书） */
            opinion?: string;
            /** @description 证据和依据清单 */
            evidence?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上诉（本机关上诉或收到对方上诉状副本） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 本机关上诉 / 对方当事人上诉
             * @enum {string}
             */
            by: 'town' | 'other';
            /** @description 上诉日期（对方上诉：收到上诉状副本日期） */
            on: string;
            /** @description 二审法院 */
            court?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/hear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录庭审和负责人出庭应诉 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 开庭（听证）日期 */
            heldOn: string;
            /** @description 负责人是否出庭应诉 */
            leaderAppeared: boolean;
            /** @description 出庭负责人 */
            leaderName?: string;
            /** @description 负责人职务 */
            leaderTitle?: string;
            /** @description 出庭的工作人员 */
            standIns?: string;
            /** @description 负责人不能出庭的情况说明 */
            absenceExplanation?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/conclude': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记结果 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 结果（法定类型）
             * @enum {string}
             */
            outcome:
              | 'changed'
              | 'revoked'
              | 'illegal'
              | 'perform'
              | 'void'
              | 'upheld'
              | 'dismissed'
              | 'agreement'
              | 'mediated'
              | 'withdrawn'
              | 'terminated'
              | 'rejected'
              | 'pay';
            /**
             * @description 判决 / 裁定 / 复议决定
             * @enum {string}
             */
            decisionForm: 'judgment' | 'ruling' | 'decision';
            /** @description 文书送达日期 */
            servedOn: string;
            /** @description 共同被告（复议维持后起诉时的复议机关） */
            coDefendant?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一案一评 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 案件评查（存在的问题） */
            evaluation: string;
            /** @description 整改责任科室 */
            department: string;
            /** @description 整改措施 */
            measures: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/litigation/cases/{id}/rectify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 整改反馈 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 案件编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 整改结果反馈 */
            result: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 履行程序、材料、采纳情况、状态等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/catalogues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 决策事项目录（按年度，含调整记录） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 编制年度决策事项目录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 目录年度 */
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/catalogues/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 目录新增事项 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 事项名称 */
            title: string;
            /** @description 决策主体 */
            decisionBody: string;
            /** @description 承办科室 */
            leadOffice: string;
            /** @description 会同单位 */
            partners?: string;
            /** @description 法律政策依据 */
            legalBasis: string;
            /** @description 履行程序要求（合法性审查、集体讨论决定必选） */
            procedures: (
              | 'public_participation'
              | 'hearing'
              | 'expert_review'
              | 'risk_assessment'
              | 'fair_competition'
              | 'legality_review'
              | 'collective_decision'
            )[];
            /** @description 计划完成时间 */
            plannedBy: string;
            /** @description 涉及市场主体经济活动（须公平竞争审查） */
            affectsMarket: boolean;
            /** @description 新增或调整理由（目录经同意后须填写） */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/catalogues/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录同级党委同意目录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 同级党委同意日期 */
            approvedOn: string;
            /** @description 同意的会议（如镇党委会议） */
            approvedBy: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/catalogues/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公布决策事项目录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 公布日期 */
            publishedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/catalogue-entries/{id}/adjust': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 调整目录事项（留存调整前后内容） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 事项名称 */
            title?: string;
            /** @description 决策主体 */
            decisionBody?: string;
            /** @description 承办科室 */
            leadOffice?: string;
            /** @description 会同单位 */
            partners?: string;
            /** @description 法律政策依据 */
            legalBasis?: string;
            /** @description 履行程序要求（合法性审查、集体讨论决定必选） */
            procedures?: (
              | 'public_participation'
              | 'hearing'
              | 'expert_review'
              | 'risk_assessment'
              | 'fair_competition'
              | 'legality_review'
              | 'collective_decision'
            )[];
            /** @description 计划完成时间 */
            plannedBy?: string;
            /** @description 涉及市场主体经济活动（须公平竞争审查） */
            affectsMarket?: boolean;
            /** @description 调整理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/catalogue-entries/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销目录事项 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 撤销理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 重大行政决策事项 */
    get: {
      parameters: {
        query?: {
          /** @description 状态 */
          status?:
            | 'proposed'
            | 'launched'
            | 'drafting'
            | 'participation'
            | 'expert_review'
            | 'risk_assessment'
            | 'fair_competition'
            | 'legality_review'
            | 'party_report'
            | 'decided'
            | 'published'
            | 'implementing'
            | 'evaluating'
            | 'adjusted'
            | 'stopped';
          /** @description 目录年度 */
          year?: number;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 从目录事项提出决策 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 目录事项
             */
            entryId: string;
            /** @description 提出决策建议日期 */
            proposedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度决策数、备案数、公布数（按记录统计） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 决策详情（含草案、审查、可办理步骤） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记决策草案修改稿（新版本） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 草案标题 */
            title: string;
            /** @description 起草说明 */
            explanation?: string;
            /** @description 草案条文（按条拆分） */
            articles: {
              /** @description 条目标题 */
              heading?: string;
              /** @description 条文 */
              text: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公众意见（审核和采纳情况） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/comments/{commentId}/moderate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核公众意见（公开或不予公开） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 决策编号 */
          id: string;
          /** @description 意见编号 */
          commentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 审核通过后公开 */
            show: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/comments/{commentId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 答复公众意见的采纳情况 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 决策编号 */
          id: string;
          /** @description 意见编号 */
          commentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 采纳情况
             * @enum {string}
             */
            adoption: 'adopted' | 'partly' | 'not_adopted';
            /** @description 理由 */
            answer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/launch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 启动决策程序（明确承办单位） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 启动日期 */
            launchedOn: string;
            /** @description 决策承办单位 */
            leadOffice: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记决策草案（按条拆分） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 草案标题 */
            title: string;
            /** @description 起草说明 */
            explanation?: string;
            /** @description 草案条文（按条拆分） */
            articles: {
              /** @description 条目标题 */
              heading?: string;
              /** @description 条文 */
              text: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/open-comment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公开征求意见 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 征求意见开始日期 */
            opensOn: string;
            /** @description 征求意见截止日期 */
            closesOn: string;
            /** @description 缩短期限的理由 */
            shortPeriodReason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/withhold-participation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 依法不公开征求意见 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 依法不公开征求意见的理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/close-comment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束征求意见 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/expert-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录专家论证 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 专家论证意见及采纳情况（无需论证的写明理由） */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/assess-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录风险评估 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 是否需要风险评估 */
            required: boolean;
            /**
             * @description 评估结论
             * @enum {string}
             */
            level?: 'controllable' | 'uncontrollable';
            /** @description 风险评估报告（风险点、防范措施、处置预案）或无需评估的理由 */
            report: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/fair-competition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录公平竞争审查结论 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 公平竞争审查结论
             * @enum {string}
             */
            conclusion: 'compliant' | 'exception' | 'noncompliant';
            /** @description 审查情况说明 */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/link-legality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 关联合法性审查事项 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 合法性审查事项
             */
            reviewItemId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/report-party': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 向党委请示报告 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 向镇党委请示报告日期 */
            reportedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录集体讨论决定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 会议名称 */
            meetingName: string;
            /** @description 会议日期 */
            meetingOn: string;
            /** @description 提交会议的材料（条例第二十九条） */
            materials: (
              'draft' | 'comments' | 'experts' | 'risk' | 'legality' | 'fair_competition'
            )[];
            /** @description 会议组成人员意见（按发言顺序，行政首长最后） */
            opinions: {
              /** @description 发言人 */
              member: string;
              /** @description 意见 */
              opinion: string;
            }[];
            /** @description 行政首长最后发表意见 */
            headSpokeLast: boolean;
            /** @description 决定与多数人意见不一致 */
            departsFromMajority: boolean;
            /** @description 不一致的理由 */
            departureReason?: string;
            /** @description 不同意见 */
            dissent?: string;
            /** @description 决定内容 */
            decisionText: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公布决策 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 公布日期 */
            publishedOn: string;
            /** @description 决策说明（公众意见、专家意见采纳情况的说明） */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/implement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 明确执行单位 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 决策执行单位 */
            unit: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 决策后评估 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 评估情形、评估单位和公众意见 */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/adjust': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 调整决策 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 变更或停止执行的理由和程序 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions/{id}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停止执行 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 变更或停止执行的理由和程序 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 正在征求意见的决策草案和已公布的决策 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/decisions/catalogues/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度重大行政决策事项目录（含调整） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 决策草案（按条）、公众意见和采纳情况 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/decisions/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 对决策草案提出意见（无需登录，姓名、手机号可不填） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 条文
             */
            articleId?: string;
            /** @description 意见内容 */
            body: string;
            /** @description 姓名（可不填） */
            name?: string;
            /** @description 手机号（可不填，仅用于联系） */
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/windows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 服务站窗口（3+X） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 新增窗口 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 窗口编号（取号前缀） */
            code: string;
            /** @description 窗口名称 */
            name: string;
            /**
             * @description 窗口类别（X 窗口选“其他”）
             * @enum {string}
             */
            kind: 'consultation' | 'mediation' | 'service' | 'intake' | 'other';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/windows/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开设“3+X”默认窗口 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/windows/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改、停用或重开窗口 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 窗口名称 */
            name?: string;
            /** @enum {string} */
            kind?: 'consultation' | 'mediation' | 'service' | 'intake' | 'other';
            /** @description 是否开放 */
            active?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    trace?: never;
  };
  '/api/v1/legal-services/windows/{id}/call-next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 叫号（本窗口下一位） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 今日排队情况 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/windows/{id}/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/queue/tickets/{id}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 过号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 服务登记台账 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
          /** @description 窗口类别 */
          kind?: 'consultation' | 'mediation' | 'service' | 'intake' | 'other';
          /** @description 办理结果 */
          outcome?: 'answered' | 'resolved' | 'unresolved' | 'accepted' | 'referred';
          /** @description 服务日期起 */
          from?: string;
          /** @description 服务日期止 */
          to?: string;
          /** @description 事项或来访人 */
          q?: string;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/visits/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出服务登记台账（XLSX） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
          /** @description 窗口类别 */
          kind?: 'consultation' | 'mediation' | 'service' | 'intake' | 'other';
          /** @description 办理结果 */
          outcome?: 'answered' | 'resolved' | 'unresolved' | 'accepted' | 'referred';
          /** @description 服务日期起 */
          from?: string;
          /** @description 服务日期止 */
          to?: string;
          /** @description 事项或来访人 */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/windows/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记来访服务 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 服务日期（默认今天） */
            servedOn?: string;
            /**
             * @description 来访方式
             * @enum {string}
             */
            channel: 'walk_in' | 'appointment' | 'phone' | 'online';
            /**
             * Format: uuid
             * @description 排队号（叫号后办理的）
             */
            ticketId?: string;
            /** @description 来访人 */
            visitorName: string;
            /** @description 联系电话 */
            visitorPhone?: string;
            /** @description 所在村（社区）或单位 */
            village?: string;
            /** @description 咨询或办理事项 */
            topic: string;
            /** @description 服务情况 */
            summary?: string;
            /**
             * @description 办理结果
             * @enum {string}
             */
            outcome: 'answered' | 'resolved' | 'unresolved' | 'accepted' | 'referred';
            /** @description 转介去向 */
            referral?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/windows/{id}/visits/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量补录纸质登记簿 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 纸质登记簿上的来访记录 */
            visits: {
              /** @description 服务日期（默认今天） */
              servedOn?: string;
              /**
               * @description 来访方式
               * @enum {string}
               */
              channel: 'walk_in' | 'appointment' | 'phone' | 'online';
              /**
               * Format: uuid
               * @description 排队号（叫号后办理的）
               */
              ticketId?: string;
              /** @description 来访人 */
              visitorName: string;
              /** @description 联系电话 */
              visitorPhone?: string;
              /** @description 所在村（社区）或单位 */
              village?: string;
              /** @description 咨询或办理事项 */
              topic: string;
              /** @description 服务情况 */
              summary?: string;
              /**
               * @description 办理结果
               * @enum {string}
               */
              outcome: 'answered' | 'resolved' | 'unresolved' | 'accepted' | 'referred';
              /** @description 转介去向 */
              referral?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/visits/{id}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 满意度评价 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 满意度（1–5 星） */
            rating: number;
            /** @description 评价意见 */
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 网上预约 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
          /** @description 预约日期起（默认今天） */
          from?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/appointments/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 预约到站取号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/appointments/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消预约 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 网上咨询 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
          /** @description 是否已答复 */
          answered?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/questions/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 答复网上咨询 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 答复内容 */
            answer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律咨询、化解矛盾、法律援助、司法协助（按年度） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律援助申请 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
          /** @description 状态 */
          status?:
            | 'received'
            | 'forwarded'
            | 'awaiting_materials'
            | 'granted'
            | 'assigned'
            | 'refused'
            | 'objection'
            | 'withdrawn'
            | 'closed';
          /** @description 受理年度 */
          year?: number;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 受理法律援助申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 申请人 */
            applicantName: string;
            /** @description 联系电话 */
            applicantPhone?: string;
            /**
             * @description 申请事项（《法律援助法》第三十一条、第三十二条）
             * @enum {string}
             */
            matter:
              | 'a31_state_comp'
              | 'a31_social'
              | 'a31_pension'
              | 'a31_support'
              | 'a31_labour'
              | 'a31_capacity'
              | 'a31_injury'
              | 'a31_environment'
              | 'a31_other'
              | 'a32_hero'
              | 'a32_brave'
              | 'a32_acquitted'
              | 'a32_abuse'
              | 'a32_other';
            /** @description 案情摘要 */
            summary: string;
            /**
             * @description 经济困难状况的核查方式（第四十一条、第四十二条）
             * @enum {string}
             */
            meansMethod: 'shared_data' | 'pledge' | 'exempt' | 'not_required';
            /** @description 申请人已签署个人诚信承诺书（第四十一条） */
            pledgeSigned?: boolean;
            /**
             * @description 免予核查的情形（第四十二条）
             * @enum {string}
             */
            exemption?: 'dependent' | 'relief' | 'migrant_worker' | 'other';
            /** @description 申请人面临的时效或期限届满日（先行提供，第四十四条） */
            deadlineOn?: string;
            /** @description 需要立即申请保全或先予执行（第四十四条） */
            urgentPreservation?: boolean;
            /** @description 受理日期（默认今天） */
            receivedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律援助申请详情（含可办理步骤和期限） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/forward': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转交县法律援助中心 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 法律援助机构 */
            centre: string;
            /** @description 转交日期（法律援助机构收到申请之日） */
            forwardedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/request-materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一次性告知补充材料 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 一次性告知的材料清单 */
            items: string[];
            /** @description 告知日期 */
            requestedOn: string;
            /** @description 补充期限 */
            dueOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/supply-materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 材料已补充 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 补充日期 */
            suppliedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/deem-withdrawn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 逾期未补充，视为撤回 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 先行提供法律援助 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 决定日期 */
            decidedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/grant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记给予援助决定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 决定日期 */
            decidedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记不予援助决定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 决定日期 */
            decidedOn: string;
            /** @description 不予援助的理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记指派律师 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 指派日期 */
            assignedOn: string;
            /** @description 法律援助人员 */
            lawyerName: string;
            /** @description 所在律师事务所 */
            lawyerFirm: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/object': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记异议 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 提出异议日期 */
            objectedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/decide-objection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记异议审查结果 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 审查决定日期 */
            decidedOn: string;
            /** @description 异议成立（责令法律援助机构改正） */
            upheld: boolean;
            /** @description 审查意见 */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/aid/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 结案日期 */
            closedOn: string;
            /** @description 结案情况 */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 司法协助记录 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
          /** @description 年度 */
          year?: number;
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记司法协助 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 协助类别（如协助送达、协助调查、协助执行、社区矫正调查评估） */
            subtype: string;
            /** @description 提出协助的机关 */
            requester: string;
            /** @description 案号或文号 */
            caseRef?: string;
            /** @description 收到协助请求的日期 */
            receivedOn: string;
            /** @description 完成日期 */
            doneOn?: string;
            /** @description 承办人 */
            handlerName: string;
            /** @description 协助事项 */
            summary: string;
            /** @description 协助结果 */
            result?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/advisers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各村法律顾问及本年度服务次数 */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 聘任村法律顾问 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 村（社区）
             */
            villageId: string;
            /** @description 法律顾问姓名 */
            name: string;
            /** @description 所在律师事务所或法律服务所 */
            firm: string;
            /** @description 联系电话 */
            phone: string;
            /** @description 接待时间 */
            hours: string;
            /** @description 接待场所 */
            place: string;
            /** @description 聘任日期 */
            since: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/advisers/{id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律顾问服务记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 记录法律顾问服务 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 服务类别
             * @enum {string}
             */
            kind: 'meeting' | 'opinion' | 'consultation' | 'training';
            /** @description 服务日期 */
            onDate: string;
            /** @description 会议或事项 */
            subject: string;
            /** @description 服务内容（列席意见、出具的法律意见等） */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-services/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 窗口类别、办理结果、法律援助事项等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/legal-services/station': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 服务站窗口和预约时段 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/legal-services/advisers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各村法律顾问（接待时间、场所、联系方式） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/legal-services/windows/{id}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 网上预约 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 预约日期 */
            onDate: string;
            /**
             * @description 上午 / 下午
             * @enum {string}
             */
            slot: 'am' | 'pm';
            /** @description 姓名 */
            name: string;
            /** @description 联系电话 */
            phone: string;
            /** @description 预约事项 */
            topic: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/legal-services/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 网上法律咨询 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 姓名 */
            name: string;
            /** @description 联系电话 */
            phone: string;
            /** @description 所在村（社区） */
            village?: string;
            /** @description 咨询问题 */
            question: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/legal-services/questions/track': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 查询咨询答复 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 查询码 */
            code: string;
            /** @description 联系电话 */
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 题型、竞赛和答卷状态取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 题库 */
    get: {
      parameters: {
        query?: {
          /** @description 专题 */
          topic?: string;
          includeRetired?: 'true' | 'false';
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 新增题目（含解析和法律依据） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 专题（如 反诈、反邪教） */
            topic: string;
            /**
             * @description 题型：单选、多选、判断
             * @enum {string}
             */
            kind: 'single' | 'multiple' | 'judge';
            /** @description 题干 */
            stem: string;
            /** @description 选项（判断题不填，固定为 正确 / 错误） */
            options?: string[];
            /** @description 正确选项的序号（从 0 开始） */
            answer: number[];
            /** @description 答案解析 */
            explanation: string;
            /** @description 法律依据（如 《民法典》第一百四十八条） */
            basis: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/questions/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用题目（已抽到的答卷仍按原题评分） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 知识竞赛及参与率 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 设置知识竞赛 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 竞赛名称 */
            title: string;
            /** @description 竞赛说明 */
            intro: string;
            /** @description 题库专题 */
            topic: string;
            /** @description 每次抽题数 */
            questionCount: number;
            /** @description 每题分值 */
            pointsPerQuestion: number;
            /** @description 答题限时（秒） */
            timeLimitSeconds: number;
            /** @description 每人每天可答次数 */
            attemptsPerDay: number;
            /** @description 答题前须短信验证手机号 */
            smsRequired: boolean;
            /** @description 目标人群人数（参与率分母） */
            targetPopulation: number;
            /** @description 目标人群（如 全镇常住人口） */
            targetLabel: string;
            /** @description 开始日期 */
            opensOn: string;
            /** @description 截止日期 */
            closesOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 竞赛详情、参与人数和参与率 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开放答题 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束竞赛 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 答题结果（全部答卷） */
    get: {
      parameters: {
        query?: {
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
        };
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes/{id}/leaderboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 排行榜（先比得分，再比用时） */
    get: {
      parameters: {
        query?: {
          /** @description 名次数 */
          limit?: number;
        };
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/quizzes/{id}/results/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出答题结果（XLSX，导出留痕） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/quizzes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本镇知识竞赛 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/quizzes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 竞赛规则、参与人数和排行榜前十名 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/quizzes/{id}/sms-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 获取答题短信验证码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 手机号 */
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/quizzes/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 实名开始答题（随机抽题、选项乱序） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 姓名 */
            name: string;
            /** @description 手机号 */
            phone: string;
            /** @description 所在村（社区）或单位 */
            unit: string;
            /** @description 短信验证码（竞赛要求验证时必填） */
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/attempts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 交卷（服务器按抽题记录评分、计时） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 开始答题时得到的答卷凭证 */
            token: string;
            /** @description 按出题顺序，每题所选选项在屏幕上的位置（从 0 开始） */
            answers: number[][];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/contents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 普法文章、视频、直播 */
    get: {
      parameters: {
        query?: {
          kind?: 'article' | 'video' | 'livestream';
          audience?: 'public' | 'cadres' | 'youth' | 'elderly' | 'women' | 'enterprises';
          topic?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 撰写普法内容 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 文章 / 视频 / 直播
             * @enum {string}
             */
            kind: 'article' | 'video' | 'livestream';
            /** @description 标题 */
            title: string;
            /** @description 主题（如 反诈、民法典、妇女权益） */
            topic: string;
            /**
             * @description 普法对象
             * @enum {string}
             */
            audience: 'public' | 'cadres' | 'youth' | 'elderly' | 'women' | 'enterprises';
            /** @description 普法责任单位（谁执法谁普法） */
            department: string;
            /** @description 正文或简介 */
            body: string;
            /**
             * Format: uri
             * @description 视频或直播地址
             */
            mediaUrl?: string;
            /** @description 直播日期 */
            eventOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/contents/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布到门户 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 发布日期 */
            publishedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/contents/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记参与人数（直播、活动） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 参与人数 */
            participants: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/duty-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 谁执法谁普法责任清单 */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 增加部门普法责任 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 年度 */
            year: number;
            /** @description 执法部门 */
            department: string;
            laws: string[];
            /** @description 普法对象 */
            audience: string;
            /** @description 普法方式和安排 */
            activities: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/village-leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各村法律明白人、法治带头人名册 */
    get: {
      parameters: {
        query?: {
          villageId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记法律明白人、法治带头人 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 村（社区）
             */
            villageId: string;
            /**
             * @description 法律明白人 / 法治带头人
             * @enum {string}
             */
            kind: 'legal_understanding' | 'rule_of_law_leader';
            /** @description 姓名 */
            name: string;
            /** @description 身份（村民代表、网格员、调解员等） */
            post: string;
            /** @description 最近一次法律知识培训日期 */
            trainedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/contents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 桥尚法·普法内容 */
    get: {
      parameters: {
        query?: {
          kind?: 'article' | 'video' | 'livestream';
          audience?: 'public' | 'cadres' | 'youth' | 'elderly' | 'women' | 'enterprises';
          topic?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/contents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 普法内容全文（计阅读数） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/pufa/duty-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 谁执法谁普法责任清单 */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pufa/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 普法年度统计（知识竞赛参与人数、参与率等） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 乡镇（县级以上工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 职责、学位、学法类型等取值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法治队伍名册（学历、法律职业资格、执法证、培训学时） */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 加入法治队伍 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 本人账号（有执法证的须关联）
             */
            userId?: string;
            /** @description 姓名 */
            name: string;
            /** @description 职务 */
            post: string;
            /** @description 职责 */
            roles: ('legal_reviewer' | 'adviser' | 'enforcement' | 'mediator' | 'cadre')[];
            /** @description 机关干部（否：外聘法律顾问等） */
            townStaff: boolean;
            /**
             * @description 最高学位
             * @enum {string}
             */
            degree: 'doctor' | 'master' | 'bachelor' | 'none';
            /** @description 学位为法学 */
            lawMajor: boolean;
            /** @description 持有法律职业资格证书 */
            legalQualification: boolean;
            /** @description 法律职业资格证书编号 */
            qualificationNo?: string;
            /** @description 加入队伍日期 */
            joinedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/members/{id}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 离开队伍 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 离开队伍日期 */
            leftOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/members/{id}/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记培训学时 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 培训日期 */
            heldOn: string;
            /** @description 培训名称 */
            title: string;
            /** @description 学时（分钟） */
            minutes: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律顾问合同及服务记录 */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记法律顾问合同 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 律师事务所 */
            firm: string;
            /** @description 顾问团队 */
            teamName: string;
            /** @description 律师 */
            lawyers: string[];
            /** @description 服务范围 */
            scope: string;
            /** @description 服务期起 */
            startsOn: string;
            /** @description 服务期止 */
            endsOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/contracts/{id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记顾问服务记录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 记录编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 服务日期 */
            servedOn: string;
            /**
             * @description 服务类型
             * @enum {string}
             */
            kind: 'meeting' | 'opinion' | 'review' | 'consultation' | 'training';
            /** @description 服务内容 */
            summary: string;
            /** @description 时长（分钟） */
            minutes: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/study-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学法计划 */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 制定学法计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 年度 */
            year: number;
            /** @description 学法计划名称 */
            title: string;
            /** @description 学法清单（应知应会） */
            topics: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/study-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学法活动（会前学法、专题法治学习会） */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记学法活动（出勤、材料） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 所属学法计划
             */
            planId?: string;
            /**
             * @description 会前学法 / 专题法治学习会 / 日常学法
             * @enum {string}
             */
            kind: 'pre_meeting' | 'thematic' | 'daily';
            /** @description 学习日期 */
            heldOn: string;
            /** @description 学习主题 */
            title: string;
            /** @description 主讲人 */
            lecturer?: string;
            /** @description 参加人员 */
            attendees: string[];
            /** @description 缺席人员及原因 */
            absentees: string[];
            /** @description 学习材料 */
            materials: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/shufa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 述法及评议得分 */
    get: {
      parameters: {
        query?: {
          /** @description 年度 */
          year?: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 登记述法及评议打分 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 述法年度 */
            year: number;
            /** @description 述法人 */
            reporter: string;
            /** @description 职务 */
            reporterPost: string;
            /** @description 述法日期 */
            heldOn: string;
            /**
             * @description 现场述法 / 书面述法
             * @enum {string}
             */
            form: 'on_site' | 'written';
            /** @description 述法要点 */
            summary: string;
            /** @description 评议打分 */
            scores: {
              /** @description 评议人 */
              panelist: string;
              /** @description 评分（百分制） */
              score: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法治队伍和学法述法年度统计 */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 县级及以上人员：只看所选乡镇（或其下属单位、村） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法治指标：计算值与录入值、上年同期、口径和明细链接 */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/towns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各乡镇指标并列（县级视图：排名、年度报告报送情况） */
    get: {
      parameters: {
        query: {
          /** @description 年度 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/indicators/{year}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入非系统统计指标（注明来源文件和日期） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 乡镇（上级机关工作人员选择）
             */
            orgId?: string;
            /** @description 录入指标的键，如 entered.enterpriseIncidentsDecline */
            key: string;
            /** @description 数值（百分比填数字，如 12.8） */
            value: number;
            /** @description 来源文件，如 桥头派出所《1-11月警情统计》 */
            sourceDocument: string;
            /** @description 来源文件日期 */
            sourceDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法治政府建设年度报告（正文、数字校验、可办步骤） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path: {
          /** @description 年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/{year}/narrative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 保存报告正文（草稿） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description 乡镇（上级机关工作人员选择）
             */
            orgId?: string;
            /** @description 段落编号 → 正文（数字请用 {{指标键}} 占位符） */
            paragraphs: {
              [key: string]: string;
            };
            /** @description 统计截止日（如 11月30日，“截至11月底”的指标按此日统计） */
            cutOffOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/{year}/docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载年度报告（GB/T 9704 版式 DOCX） */
    get: {
      parameters: {
        query?: {
          /** @description 乡镇（上级机关工作人员选择） */
          orgId?: string;
        };
        header?: never;
        path: {
          /** @description 年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/law-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 门户：已公开的法治政府建设年度报告 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/law-reports/{year}/docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 门户：下载某年度法治政府建设年度报告 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年度 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/by-id/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交审定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/by-id/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回修改 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/by-id/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审定通过（镇主要负责人） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/by-id/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 门户公开（生成 DOCX） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/law-reports/by-id/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报送上级 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 报告编号 */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-basis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律依据登记：平台引用的每一条法律法规条文及其要点（公开） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              statutes: {
                name: string;
                version: string | null;
                /** @description 是否已与收录的法规原文逐条核对 */
                checked: boolean;
              }[];
              articles: {
                /** @description 法律法规名称（不含“中华人民共和国”） */
                statute: string;
                /** @description 条 */
                article: number;
                /** @description 要点（本平台概括，非法条原文） */
                summary: string;
                /** @description 所依据文本的版本日期；未收录原文的为 null */
                version: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的消息：最新的在前，可只看未读，附未读数 */
    get: {
      parameters: {
        query?: {
          /** @description 页码，从 1 开始 */
          page?: number;
          /** @description 每页条数，最多 200 */
          pageSize?: number;
          /** @description true：只看未读 */
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @description task.assigned 新待办 / task.due_soon 即将到期 / task.overdue 已超期 / submission.returned 被退回 */
                kind: string;
                title: string;
                body: string | null;
                /** @description 打开相关页面的前端路由 */
                link: string | null;
                readAt: string | null;
                createdAt: string;
              }[];
              total: number;
              unread: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标为已读 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              readAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部标为已读 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              marked: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的提醒设置 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 站内消息始终开启
               * @enum {boolean}
               */
              inApp: true;
              sms: boolean;
              zzd: boolean;
              zzdAccountId: string | null;
              quietStart: string | null;
              quietEnd: string | null;
              daysAhead: number;
              /** @description 短信发往的手机号（脱敏） */
              phoneMasked: string | null;
              /** @description 本系统已接入的通道 */
              available: {
                sms: boolean;
                zzd: boolean;
              };
            };
          };
        };
      };
    };
    /** 保存提醒设置（短信、浙政钉、免打扰时段、提前几个工作日提醒） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            sms: boolean;
            zzd: boolean;
            /** @default null */
            zzdAccountId?: string | null;
            /** @default null */
            quietStart?: string | null;
            /** @default null */
            quietEnd?: string | null;
            /** @description 截止日前几个工作日提醒 */
            daysAhead: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 站内消息始终开启
               * @enum {boolean}
               */
              inApp: true;
              sms: boolean;
              zzd: boolean;
              zzdAccountId: string | null;
              quietStart: string | null;
              quietEnd: string | null;
              daysAhead: number;
              /** @description 短信发往的手机号（脱敏） */
              phoneMasked: string | null;
              /** @description 本系统已接入的通道 */
              available: {
                sms: boolean;
                zzd: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
