# voices/en.lex: how English voices should say names that espeak-ng's own
# English rules get wrong. Format: docs/lexicon.md. One entry a line: the
# word or phrase, a tab or two spaces, then espeak-ng phonemes in [[...]] or
# a respelling in plain words. Check an entry by listening:
#   espeak-ng -v en-us "[[k'i:v]]"        (and espeak-ng -x -v en-us "Kyiv")
# A key in lower case also matches with a capital ("Hryvnia") and in
# capitals ("HRYVNIA"); a name's possessive ("Kyiv's") is handled, its
# plural is not: give it its own line ("Shaheds").

# Ukraine: the capital and the regional centres
Kyiv                [[k'i:v]]                 # KEEV (espeak-ng: kj'Iv)
Kharkiv             [[x'A@kIv]]               # KHAR-kiv
Zaporizhzhia        [[z,A:poUr'i:Zj@]]        # za-po-REEZH-zhya
Zaporizhia          [[z,A:poUr'i:Zj@]]
Dnipro              [[dni:pr'oU]]             # dnee-PRO
Dnipropetrovsk      [[dn,i:pr@pEtr'O:fsk]]
Odesa               [[oUd'Es@]]               # oh-DESS-a
Odessa              [[oUd'Es@]]
Lviv                [[l@v'i:v]]               # l'VEEV
Mykolaiv            [[m,Ik@l'A:jIv]]          # mi-ko-LAH-yiv
Kherson             [[xErs'O:n]]              # kher-SAWN
Donetsk             [[d@n'Etsk]]
Luhansk             [[lu:h'A:nsk]]            # loo-HANSK
Chernihiv           [[tSErn'i:hIv]]           # cher-NEE-hiv
Sumy                [[s'u:mI]]                # SOO-mi
Vinnytsia           [[v'InItsj@]]             # VIN-nyts-ya
Zhytomyr            [[ZIt'O:mIr]]             # zhy-TAW-mir
Ivano-Frankivsk     [[i:v,A:noUfr'A:nkIvsk]]
Uzhhorod            [['u:ZhO:r@d]]            # OOZH-ho-rod
Chernivtsi          [[tS,ErnIvts'i:]]         # cher-niv-TSEE
Ternopil            [[tErn'O:pIl]]
Rivne               [[r'i:vnE]]               # REEV-neh
Lutsk               [[l'u:tsk]]
Khmelnytskyi        [[xmEln'Itski]]
Kropyvnytskyi       [[kr,O:pIvn'Itski]]
Kremenchuk          [[kr,Em@ntS'u:k]]
Nikopol             [[n'i:k@p@l]]
Zakarpattia         [[z,A:kA@p'A:tj@]]
Crimea              [[kraIm'i:@]]             # cry-MEE-a (espeak-ng: KRY-mia)
Sevastopol          [[s@v'ast@p,oUl]]

# Ukraine: towns in the news from the front and the occupied south and east
Bakhmut             [[bA:xm'u:t]]             # bakh-MOOT
Avdiivka            [[A:vd'i:jIvk@]]          # av-DEE-yiv-ka
Pokrovsk            [[p@kr'O:vsk]]            # po-KRAWVSK
Kramatorsk          [[kr,A:m@t'o@sk]]         # kra-ma-TORSK
Sloviansk           [[sl@vj'A:nsk]]           # slo-VYANSK
Sievierodonetsk     [[s,jEvjEr@d@n'Etsk]]
Lysychansk          [[l,IsItS'A:nsk]]
Toretsk             [[toUr'Etsk]]
Vuhledar            [[v,u:hlEd'A@]]
Chasiv Yar          [[tS'A:sIv j'A@]]
Kostiantynivka      [[k,O:stjA:nt'InIvk@]]
Kupiansk            [[k'u:pjA:nsk]]
Vovchansk           [[v'O:vtSA:nsk]]
Izium               [[Izj'u:m]]
Lyman               [[l'Im@n]]
Kurakhove           [[ku:r'A:x@vE]]
Huliaipole          [[h,u:ljaIp'O:lE]]
Orikhiv             [[O:r'i:xIv]]
Robotyne            [[r@b'O:tInE]]
Velyka Novosilka    [[vEl'Ik@ n,O:v@s'i:lk@]]
Mariupol            [[m,A:ri'u:p@l]]          # ma-ree-OO-pol
Melitopol           [[m,ElIt'O:p@l]]          # me-li-TAW-pol
Berdiansk           [[bErdj'A:nsk]]
Enerhodar           [[,En3h'O:dA@]]
Bucha               [[b'u:tS@]]               # BOO-cha
Irpin               [['i:rpIn]]
Hostomel            [[h,O:st@m'El]]
Borodianka          [[b,O:r@dj'A:nk@]]
Donbas              [[d@nb'A:s]]
Myrnohrad           [[m,Irn@hr'A:d]]
Siversk             [[s'i:vErsk]]
Selydove            [[sEl'Id@vE]]
Pechersk            [[pEtS'Ersk]]

# Ukraine: people
Volodymyr           [[v,O:l@d'ImIr]]          # vo-lo-DY-mir
Zelenskyy           [[zEl'Enski]]             # ze-LEN-skee
Zelensky            [[zEl'Enski]]             # as espeak-ng says it: one sound for both spellings
Oleksandr           [[,O:lEks'A:nd3]]         # o-lek-SAN-der
Syrskyi             [[s'Irski]]               # SEER-skee
Andrii              [[A:ndr'i:j]]
Sybiha              [[sIb'i:h@]]              # si-BEE-ha
Klitschko           [[kl'i:tSkoU]]            # KLEECH-ko
Vitali              [[vIt'A:li]]              # vi-TAH-lee
Yermak              [[jErm'A:k]]              # yer-MAK
Umerov              [[u:m'Er@v]]              # oo-MEH-rov
Budanov             [[bu:d'A:n@v]]            # boo-DAH-nov
Kyrylo              [[kIr'Il@]]
Shmyhal             [[SmIh'A:l]]              # shmy-HAL
Kuleba              [[ku:l'Eb@]]              # koo-LEH-ba
Dmytro              [[dmItr'O:]]
Zaluzhnyi           [[zA:l'u:Zni]]            # za-LOOZH-nee
Svyrydenko          [[sv,IrId'EnkoU]]
Stefanchuk          [[st,Ef@ntS'u:k]]
Akhmetov            [[A:xm'Et@f]]
Olena               [[oUl'En@]]
Oleksii             [[,O:lEks'i:j]]
Serhii              [[s'Erhi:j]]
Mykhailo            [[mIx'aIl@]]
Podolyak            [[p,O:d@lj'A:k]]
Podoliak            [[p,O:d@lj'A:k]]
Ihnat               [['Ihn@t]]
Yurii               [[j'u:ri:j]]
Denys               [[d'EnIs]]

# Ukraine: money and institutions
hryvnia             [[hr'Ivnj@]]              # HRIV-nya
hryvnias            [[hr'Ivnj@z]]
Verkhovna Rada      [[vErx'O:vn@ r'A:d@]]
Rada                [[r'A:d@]]                # RAH-da, not RAY-da
oblast              [['0bl@st]]               # OB-last
oblasts             [['0bl@sts]]
Maidan              [[maId'A:n]]
Holodomor           [[h,O:l@d@m'O@]]
Naftogaz            [[n,A:ft@g'A:z]]
Ukrzaliznytsia      [[,u:krz,A:lIzn'Itsj@]]

# Russia: weapons, places and people in the news about the war
Oreshnik            [[A:r'ESnIk]]             # a-RESH-nik
Shahed              [[SA:h'Ed]]               # sha-HED (an Iranian drone)
Shaheds             [[SA:h'Edz]]
Belgorod            [[bj'Elg@r@d]]
Kadyrov             [[k@d'Ir@f]]
Shoigu              [[SOIg'u:]]               # shoy-GOO
Belousov            [[bjEl@'u:s@f]]
Gerasimov           [[gjEr'A:sIm@f]]
Peskov              [[pEsk'O:f]]
Lavrov              [[l@vr'O:f]]              # la-VROFF
Zakharova           [[z@x'A:r@v@]]
Medvedev            [[mEdv'EdEf]]
Navalny             [[n@v'A:lni]]
Prigozhin           [[prIg'O:ZIn]]

# Belarus, Moldova, Georgia, Poland
Sviatlana           [[svj@tl'A:n@]]
Tsikhanouskaya      [[ts,Ix@n'O:sk@j@]]
Chisinau            [[k,i:Si:n'aU]]           # kee-shee-NOW
Tiraspol            [[tIr'A:sp@l]]
Tbilisi             [[t@bIl'i:si]]            # t'bi-LEE-see
Kobakhidze          [[k,O:bA:x'i:dzE]]
Rzeszow             [[Z'ESu:f]]               # ZHEH-shoof

# Acronyms said as words that espeak-ng says wrong (the normaliser spells
# unknown initialisms and leaves these as words: src/lang/en.c caps_words)
ESA                 [['i:s@]]                 # EE-sa (espeak-ng: ESS-a)
FEMA                [[f'i:m@]]                # FEE-ma
FTSE                [[f'Utsi]]                # FOOT-see
NIST                [[n'Ist]]

# Names in the world's news that espeak-ng's English rules get wrong
Pompeo              [[pQmp'eIoU]]             # pom-PAY-oh (espeak-ng: POM-pee-oh)
Xi Jinping          [[S'i: dZ'InpIN]]         # SHEE jin-ping (espeak-ng: zye)
Erdogan             [['E@d@w,A:n]]            # AIR-doh-wahn
Macron              [[m,akr'oUn]]             # mah-KRON
Guterres            [[gUt'Er@S]]              # goo-TEH-resh
Huawei              [[hw'A:weI]]              # WAH-way
Qatar               [[k'A:tA@]]               # KAH-tar
Modi                [[m'oUdi:]]
Scholz              [[S'oUlts]]               # SHOLTS
Khamenei            [[x,A:m@n'eI]]            # kha-meh-NAY
Riyadh              [[ri:j'A:d]]              # ree-YAHD
Kabul               [[k'A:bUl]]               # KAH-bool
Houthi              [[h'u:Ti]]                # HOO-thee
Houthis             [[h'u:Tiz]]
Hezbollah           [[h,Ezb@l'A:]]            # hez-bo-LAH
Sunak               [[s'u:nak]]               # SOO-nak
Moderna             [[m@d'3:n@]]              # mo-DER-na
Nvidia              [[En'vIdi@]]              # en-VID-ia

# Names in the world news that espeak-ng says wrong, checked with
# espeak-ng -x; the comment gives the sound intended
Bezos               [[b'eIzoUs]]              # BAY-zohss
Schiff              [[S'If]]                  # SHIFF
Burisma             [[bu:r'Ism@]]             # boo-RISS-ma
Ocasio-Cortez       [[oUk'A:sioU k,O@t'Ez]]   # oh-KAH-see-oh kor-TEZ
Petraeus            [[p@tr'eI@s]]             # pe-TRAY-us
mujahideen          [[m,u:dZ@hId'i:n]]        # moo-ja-hi-DEEN
Elon                [['i:l0n]]                # EE-lon
Antoine             [[antw'A:n]]              # an-TWAHN
Erdogan             [[,E@doU'A:n]]            # AIR-doh-ahn
Navalny             [[n@v'A:lni]]             # na-VAHL-nee
Shoigu              [[SOIg'u:]]               # shoy-GOO
Lavrov              [[l@vr'O:f]]              # lav-ROFF
Maduro              [[m@d'u:roU]]             # ma-DOO-roh
Bolsonaro           [[b,oUls@n'A:roU]]        # bohl-so-NAH-roh
Orban               [['O@bA:n]]               # OR-bahn
Orbán               [['O@bA:n]]
Kishida             [[kIS'i:d@]]              # ki-SHEE-da
Albanese            [[,alb@n'i:zi]]           # al-ba-NEE-zee
Ramaphosa           [[r,A:m@p'oUs@]]          # rah-ma-POH-sa
Tinubu              [[tIn'u:bu:]]             # ti-NOO-boo
Abiy                [['A:bi:]]                # AH-bee
Sisi                [[s'i:si:]]               # SEE-see
Raisi               [[r@'i:si:]]              # ra-EE-see
Haniyeh             [[h'A:nIj@]]              # HAH-nee-yeh
Nasrallah           [[n@sr'A:l@]]             # nas-RAH-la
Sinwar              [[sInw'A@]]               # sin-WAR
Buttigieg           [[b'u:t@dZ,EdZ]]          # BOOT-edge-edge
Mayorkas            [[maI'O@k@s]]             # my-OR-kas
Fauci               [[f'aUtSi]]               # FOW-chee
Lagarde             [[l@g'A@d]]               # la-GARD
Habeck              [[h'A:bEk]]               # HAH-beck
Rutte               [[r'Vt@]]                 # RUT-uh
Xiaomi              [[S'aUmi:]]               # SHOW-mee
Nadella             [[n@d'El@]]               # na-DELL-a
Pichai              [[p@tS'aI]]               # pi-CHAI
Renault             [[r@n'oU]]                # ruh-NOH
Nestlé              [[n'EsleI]]               # NESS-lay
Uniqlo              [[j'u:nIkloU]]            # YOO-ni-kloh
Porsche             [[p'o@S@]]                # POR-shuh
Xi                  [[S'i:]]                  # SHEE
Ghebreyesus         [[g,Ebr@j'eIs@s]]         # geb-re-YAY-sus
Medvedev            [[mEdv'EdEf]]             # med-VED-ef
Prigozhin           [[prIg'oUZIn]]            # pri-GOH-zhin
Merz                [[m'E@ts]]                # MERTS
Jurgen              [[j'3:g@n]]               # YUR-gen
Jürgen              [[j'3:g@n]]
Moreau              [[mO:r'oU]]               # mo-ROH
Trudeau             [[tru:d'oU]]              # troo-DOH
Mosul               [[m'oUs@l]]               # MOH-sul
Sunni               [[s'u:ni]]                # SOO-nee
Juncker             [[j'UNk3]]                # YOONG-ker
Nouakchott          [[nw,A:kS'0t]]            # nwahk-SHOT
McAfee              [[m'ak@fi:]]              # MACK-a-fee
Calderon            [[k,ald@r'oUn]]           # kal-de-ROHN
Calderón            [[k,ald@r'oUn]]
Fallujah            [[f@l'u:dZ@]]             # fa-LOO-ja
Kirkuk              [[k3:k'u:k]]              # kir-KOOK
Zelenskyy           [[zEl'Enski]]             # ze-LEN-skee
Xinjiang            [[S,IndZi'A:N]]           # shin-jee-AHNG
Uyghur              [['wi:g3]]                # WEE-gur
Uyghurs             [['wi:g3z]]
Tigray              [[t'i:greI]]              # TEE-gray
Tigrayan            [[t,i:gr'eI@n]]
Tbilisi             [[t@bl'i:si]]             # tuh-blee-SEE
Chisinau            [[k,i:Si:n'aU]]           # kee-shee-NOW
Vucic               [[v'u:tSItS]]             # VOO-chich
Vučić               [[v'u:tSItS]]
Idlib               [['Idlib]]                # ID-lib
Niamey              [[nj'A:meI]]              # nyah-MAY
Caracas             [[k@r'A:k@s]]             # ka-RAH-kass
Guaido              [[gwaI'doU]]              # gwy-DOH

# World figures espeak-ng stresses wrongly (each checked with espeak-ng -x)
Condoleezza         [[k,0nd@l'i:z@]]          # kon-duh-LEE-za
Saddam              [[s@d'A:m]]               # sa-DAHM
Hussein             [[hu:s'eIn]]              # hoo-SAYN
Minogue             [[mIn'oUg]]               # mi-NOHG
Sunnis              [[s'u:niz]]               # SOO-neez, as "Sunni"
Climategate         [[kl'aIm@tgeIt]]          # CLIMATE-gate
Ahmadinejad         [[,A:m@d'i:n@dZ,A:d]]     # ah-ma-DEE-ne-jahd
Bernanke            [[b3n'aNki]]              # ber-NANG-kee
Oprah               [['oUpr@]]                # OH-pra
Sarandon            [[s@r'and@n]]             # sa-RAN-dun
Beyoncé             [[bi:j'0nseI]]            # bee-YON-say
Beyonce             [[bi:j'0nseI]]

# Sports and business names
Favre               [[f'A@v]]                 # FARV
Deion               [[di:'0n]]                # dee-ON
Schuyler            [[sk'aIl3]]               # SKY-ler
Schaefer            [[S'eIf3]]                # SHAY-fer
Qwest               [[kw'Est]]                # KWEST
Redknapp            [[r'Ednap]]               # RED-nap, the k silent
Dalglish            [[dalgl'i:S]]             # dal-GLEESH
Ardiles             [[A@d'i:lEs]]             # ar-DEE-les
Celtics             [[s'EltIks]]              # SEL-tiks, Boston's team
Wyclef              [[w'aIklEf]]              # WHY-clef
Bayern              [[b'aI3n]]                # BY-ern
Sousa               [[s'u:z@]]                # SOO-za
Weibo               [[w'eIboU]]               # WAY-bo

# People in the news
Bhutto              [[b'u:toU]]               # BOO-toe
Ki-moon             [[k,i:m'u:n]]             # kee-MOON, Ban Ki-moon
Selebi              [[s@l'eIbi]]              # se-LAY-bee
Anelka              [[@n'Elk@]]               # a-NEL-ka

# Places
Leadville           [[l'Edvil]]               # LED-vil
Fremont             [[fr'i:m0nt]]             # FREE-mont
Tottenham           [[t'0t@n@m]]              # TOT-nam, the h silent
Hokkaido            [[h0k'aIdoU]]             # ho-KY-doh
Waialae             [[w,aI@l'aIeI]]           # why-a-LIE-ay

# Words
phenom              [[fIn'A:m]]               # fi-NOM
gov't               government                # a headline's short form

# Phrases that settle a homograph espeak-ng reads the other way
on a tear           on a tare                 # a run of wins, not a teardrop
bows out            [[b'aUz 'aUt]]            # BOWZ (rhymes with cows)

# Names in the news from many countries (issue 15, sixth round): each
# checked with espeak-ng -x -v en-us against its broadcast pronunciation;
# the comment gives the respelling and espeak-ng's own reading.
# Leaders and politicians
Li Qiang              [[l'i: tSj'A:N]]  # LEE CHYAHNG (espeak-ng: l'aI kj'aN)
Gaddafi               [[g@d'A:fi]]  # guh-DAH-fee (espeak-ng: g'adafi)
Mubarak               [[mu:b'A@r@k]]  # moo-BAR-uk (espeak-ng: mj'u:ba#r,ak)
Rouhani               [[ru:h'A:ni]]  # roo-HAH-nee (espeak-ng: raUh'A:ni)
Duterte               [[du:t'e@teI]]  # doo-TAIR-tay (espeak-ng: d'u:t#3t)
Mugabe                [[mu:g'A:bi]]  # moo-GAH-bee (espeak-ng: mj'u:geIb)
Museveni              [[m,u:s@v'Eni]]  # moo-seh-VEH-nee (espeak-ng: mj'u:zI2v,Eni)
Kagame                [[k@g'A:meI]]  # kuh-GAH-may (espeak-ng: k'ageIm)
Mnuchin               [[m@n'u:tSIn]]  # muh-NOO-chin (espeak-ng: 'Emn'VtSIn)
Mueller               [[m'Vl3]]  # MULL-er (espeak-ng: mj'u:@l3)
Comey                 [[k'oUmi]]  # KOH-mee (espeak-ng: k@m'aI)
Giuliani              [[dZ,u:li'A:ni]]  # joo-lee-AH-nee (espeak-ng: dZIj'u:li@ni)
Sarkozy               [[s,A@koUz'i:]]  # sar-koh-ZEE (espeak-ng: s'A@k0zi)
Francois Hollande     [[fr,A:nsw'A: oUl'A:nd]]  # frahn-SWAH oh-LAHND (espeak-ng: fr'answA: h'0l@nd)
Milei                 [[mi:l'eI]]  # mee-LAY (espeak-ng: m'IleI)
Bukele                [[bu:k'EleI]]  # boo-KEH-lay (espeak-ng: bj'u:kEl)
Lopez Obrador         [[l'oUpEz ,oUbr@d'o@]]  # LOH-pez oh-bruh-DOR (espeak-ng: l'oUpEz '0bra#d,o@)
Shinzo Abe            [[S'InzoU 'A:beI]]  # SHIN-zoh AH-bay (espeak-ng: S'InzoU 'eIb)
Moon Jae-in           [[m'u:n dZ,eI'In]]  # MOON jay-IN (espeak-ng: m'u:n j'i:;'In)
Ketanji               [[k@t'A:ndZi]]  # kuh-TAHN-jee (espeak-ng: k'EtandZi)
# Groups and institutions
Hamas                 [[h@m'A:s]]  # huh-MAHSS (espeak-ng: h'A:m@z)
al-Shabaab            [[,alS@b'A:b]]  # al-shuh-BAHB (espeak-ng: 'alS'abA:b)
Daesh                 [[d'A:ES]]  # DAH-esh (espeak-ng: d'i:S)
Knesset               [[k@n'EsEt]]  # kuh-NESS-et (espeak-ng: n'EsEt)
Bundestag             [[b'Und@st,A:k]]  # BOON-duh-stahk (espeak-ng: b'VndI2st,ag)
Rohingya              [[roUh'INj@]]  # roh-HING-yuh (espeak-ng: r'oUhI2NI;@)
# Places
Dubai                 [[du:b'aI]]  # doo-BYE (espeak-ng: d'u:baI)
Sanaa                 [[s@n'A:]]  # suh-NAH (espeak-ng: s'anA:)
Ramallah              [[r@m'A:l@]]  # ruh-MAH-luh (espeak-ng: r'amal@)
Jenin                 [[dZ@n'i:n]]  # juh-NEEN (espeak-ng: dZ'EnIn)
Khan Younis           [[k'A:n j'u:nIs]]  # KAHN YOO-nis (espeak-ng: k'A:n j'aUniz)
Budapest              [[b'u:d@p,Est]]  # BOO-duh-pest (espeak-ng: b,u:d@p'Est)
Srebrenica            [[sr,Ebr@n'i:ts@]]  # sreb-ruh-NEET-suh (espeak-ng: 'EsrI#br'EnIk@)
Versailles            [[v3s'aI]]  # ver-SYE (espeak-ng: v'3:seIlz)
Chongqing             [[tS,UNtS'IN]]  # chung-CHING (espeak-ng: tS'0NkIN)
Guangzhou             [[gw,A:NdZ'oU]]  # gwahng-JOH (espeak-ng: gw'A:NZu:)
Urumqi                [[u:r'u:mtSi]]  # oo-ROOM-chee (espeak-ng: j'U@rVmki)
Phnom Penh            [[p@n'0m p'En]]  # puh-NOM PEN (espeak-ng: pn'0m p'En)
Benghazi              [[bEng'A:zi]]  # ben-GAH-zee (espeak-ng: bENh'A:zi)
Medellin              [[m,Ed@j'i:n]]  # med-eh-YEEN (espeak-ng: mEd'ElI#n)
Boise                 [[b'OIsi]]  # BOY-see (espeak-ng: b'OIz)
# Companies and media
Xinhua                [[S'Inhw,A:]]  # SHIN-hwah (espeak-ng: z'Inhju:@)
Nissan                [[n'i:sA:n]]  # NEE-sahn (espeak-ng: n'IsA:n)
Nestle                [[n'Esli]]  # NESS-lee (espeak-ng: n'Es@L)
UBS                   [[j,u:b,i:'Es]]  # YOO-bee-ESS (espeak-ng: 'Vbz)
Airbnb                [['e@b,i:,En'bi:]]  # AIR-bee-en-BEE (espeak-ng: 'e@bnb)
Louis Vuitton         [[l'u:i vw,i:t'A:n]]  # LOO-ee vwee-TAHN (espeak-ng: l'u:i vj'u:I2?,n-)
Ozempic               [[oUz'EmpIk]]  # oh-ZEM-pik (espeak-ng: 'oUzmpIk)
# Sport
Mbappe                [[Emb@p'eI]]  # em-bah-PAY (espeak-ng: 'Emb'ap)
Neymar                [[neIm'A@]]  # nay-MAR (espeak-ng: n'eIm3)
Zidane                [[zId'A:n]]  # zih-DAHN (espeak-ng: z'IdeIn)
De Bruyne             [[d@ br'OIn@]]  # duh BROY-nuh (espeak-ng: d@ br'aIn)
Modric                [[m'oUdrItS]]  # MOH-drich (espeak-ng: m'0drIk)
Ibrahimovic           [[,Ibr@h'i:m@vItS]]  # ib-ruh-HEE-muh-vich (espeak-ng: ,Ibra#hI2m'u:vIk)
Mourinho              [[mO:r'i:njoU]]  # moh-REEN-yoh (espeak-ng: m3:r'InhoU)
Arsene Wenger         [[A@s'En v'EN3]]  # ar-SEN VENG-er (espeak-ng: 'A@si:n w'EndZ3)
Arteta                [[A@t'Et@]]  # ar-TET-uh (espeak-ng: 'A@t#Et#@)
Djokovic              [[dZ'oUk@vItS]]  # JOH-kuh-vich (espeak-ng: dZ@k'0vIk)
Nadal                 [[n@d'A:l]]  # nuh-DAHL (espeak-ng: n'eId@L)
Alcaraz               [[,alk@r'A:s]]  # al-kuh-RAHSS (espeak-ng: 'alka#r,az)
Zverev                [[zv'ErEf]]  # ZVEH-ref (espeak-ng: z'i:v'ErEv)
Tsitsipas             [[tsIts'i:p@s]]  # tsih-TSEE-pus (espeak-ng: ts'ItsIp@z)
Swiatek               [[Svj'0ntEk]]  # SHVYON-tek (espeak-ng: sw'i@t#Ek)
Sabalenka             [[s,ab@l'ENk@]]  # sab-uh-LENG-kuh (espeak-ng: s'abeIl@Nk@)
Leclerc               [[l@kl'e@]]  # luh-KLAIR (espeak-ng: l'Ekl3:k)
Giannis               [[j'A:nIs]]  # YAH-nis (espeak-ng: dZ'aI@niz)
Jokic                 [[j'oUkItS]]  # YOH-kitch (espeak-ng: dZ'0kIk)
Doncic                [[d'0ntSItS]]  # DAHN-chitch (espeak-ng: d'0nsIk)
Embiid                [[Emb'i:d]]  # em-BEED (espeak-ng: Emb'I;Id)
Kawhi                 [[k@w'aI]]  # kuh-WHY (espeak-ng: k'O:haI)
Mahomes               [[m@h'oUmz]]  # muh-HOHMZ (espeak-ng: m'ahoUmz)
Kelce                 [[k'Elsi]]  # KEL-see (espeak-ng: k'Els)
Tagovailoa            [[t,VNoUvaIl'oU@]]  # tung-oh-vy-LOH-uh (espeak-ng: t,ag@veIl'oU@)
Krzyzewski            [[S@S'Efski]]  # shuh-SHEF-skee (espeak-ng: k,eI'A@zaIzj'u:ski)
Belichick             [[b'El@tSIk]]  # BEL-ih-chick (espeak-ng: bI#l'ItSIk)
Jeter                 [[dZ'i:t3]]  # JEE-ter (espeak-ng: dZ'Et#3)
McIlroy               [[m'akIlr,OI]]  # MACK-il-roy (espeak-ng: m@k 'IlrOI)

# Names from the slip count of set K (issue 15, sixth round; extraction-dev
# every 20th page from 15), each checked with espeak-ng -x -v en-us
Lecavalier            [[l@k'av@lj,eI]]          # luh-KAV-ul-yay (espeak-ng: l'Eka#v,ali;3)
Iginla                [[Ig'Inl@]]               # ih-GIN-luh (espeak-ng: 'IdZInl@)
Jarome                [[dZ@r'oUm]]              # juh-ROHM (espeak-ng: dZ'aroUm)
Chretien              [[kreIt'jEn]]             # kreh-TYEN (espeak-ng: kr'ES@n)
Coderre               [[koUd'e@]]               # koh-DAIR (espeak-ng: k'oUd3r@)
Peter MacKay          [[p'i:t3 m@k'aI]]         # muh-KYE (espeak-ng: m'ak k'eI)
Saskatchewan          [[sask'atS@w,A:n]]        # sas-KATCH-uh-wahn (espeak-ng: s'aska#tS,u:@n)
Selig                 [[s'i:lIg]]               # SEE-lig (espeak-ng: s'ElIg)
Brochu                [[broUS'u:]]              # broh-SHOO (espeak-ng: br'0tSu:)
Boumerdes             [[b,u:m3d'Es]]            # boo-mer-DESS (espeak-ng: b'aUm3dz)
al-Arabiya            [[,al@r'A:bi@]]           # al-a-RAH-bee-ya (espeak-ng: 'al'ara#b,Ij3)
Fiennes               [[f'aInz]]                # FINES (espeak-ng: fI;'Enz)
DiCaprio              [[dIk'apri,oU]]           # dih-KAP-ree-oh (espeak-ng: d'aI k'aprI2;,oU)
Kobe                  [[k'oUbi]]                # KOH-bee (espeak-ng: k'oUb)
Coppinger             [[k'0pIndZ3]]             # COP-in-jer (espeak-ng: k'0pINg3)
Lohan                 [[l'oU@n]]                # LOH-en (espeak-ng: l'oUhan)

# Names and words from the slip count of set M (issue 15, eighth round;
# extraction-dev every 20th page from 4), each checked with espeak-ng -x
Attenborough          [['at@nb@r@]]             # AT-en-bruh (espeak-ng: a#t'Enb@r,oU)
Canucks               [[k@n'Vks]]               # kuh-NUCKS (espeak-ng: k'anVks)
Nike                  [[n'aIki]]                # NY-kee (espeak-ng: n'aIk)
Mischa                [[m'i:S@]]                # MEE-sha (espeak-ng: mI2stS'A:)
Sundance              [[s'Vndans]]              # SUN-dance (espeak-ng: s'Vnd@ns)
macaque               [[m@k'ak]]                # muh-KAK (espeak-ng: m'akak)
macaques              [[m@k'aks]]
AMOLED                [['eImoUl,Ed]]            # AY-moh-led (espeak-ng: 'amoUld)

# From the slip count of set N (issue 15, eighth round; extraction-dev
# every 20th page from 6), each checked with espeak-ng -x
Tshwane               [[tS'wA:neI]]             # CHWAH-nay (espeak-ng: spelled T S H)
Nextel                [[nEkst'El]]              # nex-TEL (espeak-ng: n'Ekst@L)
Peres                 [[p'ErEz]]                # PERR-ez (espeak-ng: p'i@z)
Musharraf             [[muS'ar@f]]              # moo-SHARR-uf

# From the slip count of set O (issue 15, ninth round; extraction-dev
# every 20th page from 8), each checked with espeak-ng -x
Alouettes             [[,alu:'Ets]]             # al-oo-ETS (espeak-ng: a#laU'Ets)
DiPietro              [[dIpi:'EtroU]]           # dih-pee-ET-roh (espeak-ng: d'aI p'aI@troU)
Jeanine               [[dZ@n'i:n]]              # juh-NEEN (espeak-ng: dZ'i:naIn)
Streisand             [[str'aIsand]]            # STRY-sand (espeak-ng: str'eIsand)
Legace                [[l'Eg@si]]               # LEG-uh-see (espeak-ng: l'EgeIs)
Tkachuk               [[k@tS'Vk]]               # kuh-CHUCK (espeak-ng: t'i:k'atSVk)
Rainier               [[reIn'i@]]               # ray-NEER (espeak-ng: r'eIni;3)
Puget                 [[pj'u:dZIt]]             # PYOO-jit (espeak-ng: hard g)
Macomb                [[m@k'oUm]]               # muh-KOHM (espeak-ng: m'akoUm)
Didier                [[d'i:djeI]]              # DEE-dyay (espeak-ng: d'aIdi;3)
Rhein                 [[r'aIn]]                 # RINE (espeak-ng: r'eIn)
# Said in full, as a newsreader reads the shorthand
ICYMI                 in case you missed it

# Names in the world's news that espeak-ng says wrong (tenth round): a
# helper's list of about 1,500 names tried with espeak-ng -q -x -v en-us,
# kept where the reading was clearly wrong and every entry checked to echo
# back as valid phonemes; names said differently by different people, and
# keys that are also English words, were left out.

# Heads of state, government and politicians
Netanyahu             [[n,Et@nj'A:hu:]]             # net-an-YAH-hoo (espeak-ng: n,Eta#nI2;'A:hu:)
Tokayev               [[toUk'A:j@f]]                # toh-KAH-yef (espeak-ng: t'0keI,Ev)
Aliyev                [[@l'i:j@f]]                  # a-LEE-yef (espeak-ng: 'alI2j,Ev)
Pashinyan             [[p,aSInj'A:n]]               # pa-shin-YAHN (espeak-ng: paS'Inj@n)
Draghi                [[dr'A:gi]]                   # DRAH-ghee (espeak-ng: dr'aghaI)
Barnier               [[bA@nj'eI]]                  # barn-YAY (espeak-ng: b'A@ni;3)
Bayrou                [[baIr'u:]]                   # bye-ROO (espeak-ng: b'eIru:)
Melenchon             [[m,eIlA:nS'oUn]]             # may-lahn-SHOHN (espeak-ng: m'ElEntS@n)
Mélenchon             [[m,eIlA:nS'oUn]]             # may-lahn-SHOHN (espeak-ng: m'eIlEntS@n)
Lecornu               [[l@kO@n'u:]]                 # luh-kor-NOO (espeak-ng: l'Eko@n,u:)
Chirac                [[SIr'ak]]                    # shih-RAK (espeak-ng: k'aIrak)
Steinmeier            [[St'aInmaI3]]                # SHTINE-my-er (espeak-ng: st'aInmaI3)
Weidel                [[v'aId@l]]                   # VYE-del (espeak-ng: w'aId@L)
Leyen                 [[l'aI@n]]                    # LIE-en (von der Leyen) (espeak-ng: l'eI@n)
Kallas                [[k'A:l@s]]                   # KAH-lahs (espeak-ng: k'al@z)
Nawrocki              [[nA:vr'0tski]]               # nah-VROTS-kee (espeak-ng: n'O:r0ki)
Morawiecki            [[m,O:r@vj'Etski]]            # mo-ra-VYETS-kee (espeak-ng: m'O@ra#w,aIki)
Kaczyński             [[k@tS'Inski]]                # ka-CHIN-skee (espeak-ng: kakz'Inski)
Trzaskowski           [[tS@sk'0fski]]               # chah-SKOF-skee (espeak-ng: t,i:;'A@zaask'aUski)
Fico                  [[f'i:tsoU]]                  # FEE-tsoh (espeak-ng: f'i:koU)
Babis                 [[b'A:bIS]]                   # BAH-bish (espeak-ng: b'abIs)
Babiš                 [[b'A:bIS]]                   # BAH-bish (espeak-ng: b'abIS)
Iohannis              [[joUh'anIs]]                 # yoh-HAN-iss (espeak-ng: 'aIoUh,aniz)
Georgescu             [[dZO@dZ'Esku:]]              # jor-JESS-koo (espeak-ng: dZ'O@dZI2sk,u:)
Varadkar              [[v@r'adkA@]]                 # va-RAD-kar (espeak-ng: v'ara#dk,A@)
Tanaiste              [[t'O:nIStS@]]                # TAW-nish-cha (espeak-ng: t'aneIst)
Farage                [[f'arA:Z]]                   # FARR-ahzh (espeak-ng: f'arI2dZ)
Ramaswamy             [[r,A:m@sw'A:mi]]             # rah-ma-SWAH-mee (espeak-ng: r'ama#sw,0mi)
Noem                  [[n'oUm]]                     # NOHM (espeak-ng: n'oUI#m)
Bessent               [[b'Es@nt]]                   # BESS-ent (espeak-ng: bEs'Ent)
Hochul                [[h'oUk@l]]                   # HOH-kul (espeak-ng: h'0tSVl)
Sinema                [[s'In@m@]]                   # SIN-uh-muh (espeak-ng: s'aInm@)
Tlaib                 [[t@l'i:b]]                   # tuh-LEEB (espeak-ng: t'i:l'eIb)
Stefanik              [[st@f'A:nIk]]                # stuh-FAH-nik (espeak-ng: st'Efa#n,Ik)
Scalise               [[sk@l'i:s]]                  # skuh-LEESS (espeak-ng: sk'alaIz)
Sotomayor             [[s,oUt@maI'O@]]              # soh-toh-my-OR (espeak-ng: s'0t#@m,eI3)
Jaishankar            [[dZ'aIS@Nk@]]                # JYE-shung-kur (espeak-ng: dZ'eISa#Nk,A@)
Sitharaman            [[sIt'A:r@m@n]]               # see-TAH-ruh-mun (espeak-ng: s'ITa#r,am@n)
Adityanath            [[,A:dItj@n'A:t]]             # ah-dit-yuh-NAHT (espeak-ng: 'adI2t#I2;a#n,aT)
Hasina                [[h@s'i:n@]]                  # ha-SEE-na (espeak-ng: h'asIn@)
Wickremesinghe        [[w,Ikr@m@s'INg@]]            # wik-ruh-muh-SING-uh (espeak-ng: w'IkrI2m,EsINh)
Jokowi                [[dZoUk'oUwi]]                # joh-KOH-wee (espeak-ng: dZ'0kaUi)
Subianto              [[s,u:bi'A:ntoU]]             # soo-bee-AHN-toh (espeak-ng: sVb'i@ntoU)
Mahathir              [[m@h'A:ti@]]                 # ma-HAH-teer (espeak-ng: m'aha#T,i@3)
Paetongtarn           [[peIt'0NtA@n]]               # pay-TONG-tarn (espeak-ng: p'i:t#@Nt,A@n)
Takaichi              [[t@k'aItSi]]                 # ta-KYE-chee (espeak-ng: tak'eItSi)
Suk-yeol              [[s,u:kj'Vl]]                 # sook-YUL (espeak-ng: s'Vkj'oUl)
Jae-myung             [[dZ,eImj'VN]]                # jay-MYUNG (espeak-ng: j'i:m'aI;VN)
Ben-Gvir              [[b,Eng@v'i@]]                # ben-guh-VEER (espeak-ng: b'EndZ'i:v'3:)
Lapid                 [[l@p'i:d]]                   # la-PEED (espeak-ng: l'apId)
Pezeshkian            [[p,EzESki'A:n]]              # pe-zesh-kee-AHN (espeak-ng: pEz'ESki@n)
Araghchi              [[@r'A:gtSi]]                 # a-RAHG-chee (espeak-ng: ar'agtSi)
Zarif                 [[z@r'i:f]]                   # za-REEF (espeak-ng: z'A@rIf)
Imamoglu              [[Im'A:moUlu:]]               # ih-MAH-moh-loo (espeak-ng: Im'am@gl,u:)
Fidan                 [[fi:d'A:n]]                  # fee-DAHN (espeak-ng: f'Id@n)
Sharaa                [[S@r'A:]]                    # sha-RAH (espeak-ng: S'arA:)
Haftar                [[h'A:ftA@]]                  # HAHF-tar (espeak-ng: h'aaft3)
Burhan                [[b3h'A:n]]                   # bur-HAHN (espeak-ng: b'Vrh@n)
Hemedti               [[hEm'Edti]]                  # heh-MED-tee (espeak-ng: h'EmEdti)
Odinga                [[oUd'INg@]]                  # oh-DING-ga (espeak-ng: 'oUdINg@)
Kenyatta              [[kEnj'A:t@]]                 # ken-YAH-tuh (espeak-ng: k'EnI2;,at#@)
Tshisekedi            [[tS,IsEk'Edi]]               # chih-seh-KEH-dee (espeak-ng: t'i:SaIsk'Edi)
Mnangagwa             [[mn@Ng'A:gw@]]               # m'nan-GAHG-wa (espeak-ng: 'Emn'aNgagw@)
Mbeki                 [[@mb'Eki]]                   # um-BECK-ee (espeak-ng: 'EmbI#ki)
Malema                [[m@l'Em@]]                   # ma-LEH-ma (espeak-ng: m'eIlm@)
Buhari                [[bu:h'A:ri]]                 # boo-HAH-ree (espeak-ng: bju:h'A@ri)
Akufo-Addo            [[@k'u:foU 'A:doU]]           # a-KOO-foh AH-doh (espeak-ng: akj'u:foU'adoU)
Traore                [[tr,A:oUr'eI]]               # trah-oh-RAY (espeak-ng: treI'o@)
Traoré                [[tr,A:oUr'eI]]               # trah-oh-RAY (espeak-ng: treI'o@r'eI)
Okonjo-Iweala         [[oUk'0ndZoU i:w'A:l@]]       # oh-KON-joh ee-WAH-la (espeak-ng: 0k'0ndZoU'Iwi:l@)
Moraes                [[moUr'aIs]]                  # moh-RICE (espeak-ng: m'O@ri:z)
Uribe                 [[u:r'i:beI]]                 # oo-REE-bay (espeak-ng: j'U@raIb)
Boric                 [[b'O@ritS]]                  # BOR-ich (espeak-ng: b'o@rIk)
Pinera                [[pInj'Er@]]                  # pin-YEH-ra (espeak-ng: p'aInr@)
Piñera                [[pInj'Er@]]                  # pin-YEH-ra (espeak-ng: p'aInjr@)
Bachelet              [[b,atS@l'Et]]                # ba-cheh-LET (espeak-ng: b'A:kElI2t)
Kirchner              [[k'i@Sn3]]                   # KEERSH-ner (espeak-ng: k'3:tSn3)
Sefcovic              [[S'EftSoUvItS]]              # SHEF-choh-vich (espeak-ng: sEfk'0vIk)
Mishustin             [[mIS'u:stIn]]                # mih-SHOO-stin (espeak-ng: mI2sh'VstIn)
Gershkovich           [[g'3:Sk@vItS]]               # GERSH-kuh-vich (espeak-ng: dZ3:Sk'oUvItS)
Skripal               [[skr'i:p@l]]                 # SKREE-pal (espeak-ng: skr'Ip@L)
Navalnaya             [[n@v'A:ln@j@]]               # na-VAHL-na-ya (espeak-ng: n'eIva#ln,eI@)
Abramovich            [[@br'A:m@vItS]]              # a-BRAH-muh-vich (espeak-ng: 'eIbra#m,u:vItS)
Ghani                 [[g'A:ni]]                    # GAH-nee (espeak-ng: g'ani)
Tedros                [[t'Edr0s]]                   # TED-ross (espeak-ng: t'EdroUz)

# Places
Xi'an                 [[S,i:'A:n]]                  # shee-AHN (espeak-ng: z'I;@n)
Hangzhou              [[h,A:NdZ'oU]]                # hahng-JOH (espeak-ng: h'aNZu:)
Wuhan                 [[w'u:hA:n]]                  # WOO-hahn (espeak-ng: w'u:han)
Chengdu               [[tS,VNd'u:]]                 # chung-DOO (espeak-ng: tS'ENgdu:)
Tianjin               [[tj,EndZ'In]]                # tyen-JIN (espeak-ng: tj'andZIn)
Nanjing               [[n,A:ndZ'IN]]                # nahn-JING (espeak-ng: n'andZIN)
Qingdao               [[tS,INd'aU]]                 # ching-DOW (espeak-ng: k'INdaU)
Kaohsiung             [[g,aUSj'UN]]                 # gow-SHYOONG (espeak-ng: k'eI@hs,I;VN)
Busan                 [[b'u:sA:n]]                  # BOO-sahn (espeak-ng: bj'u:s@n)
Fukushima             [[f,u:ku:S'i:m@]]             # foo-koo-SHEE-ma (espeak-ng: fj,u:k@S'i:m@)
Yangon                [[jA:Ng'0n]]                  # yahn-GON (espeak-ng: j'A:N0n)
Herat                 [[hEr'A:t]]                   # heh-RAHT (espeak-ng: h'Erat)
Isfahan               [[,Isf@h'A:n]]                # iss-fa-HAHN (espeak-ng: 'Isfa#h,an)
Tabriz                [[t@br'i:z]]                  # ta-BREEZ (espeak-ng: t'abrIz)
Natanz                [[n@t'A:nz]]                  # na-TAHNZ (espeak-ng: n'atants)
Fordow                [[fO@d'oU]]                   # for-DOH (espeak-ng: f'O@doU)
Bushehr               [[bu:S'E@]]                   # boo-SHAIR (espeak-ng: b'USeI3)
Erbil                 [[3:b'i:l]]                   # ur-BEEL (espeak-ng: '3:bIl)
Latakia               [[l,at@k'i:@]]                # la-ta-KEE-a (espeak-ng: lat'aki@)
Haifa                 [[h'aIf@]]                    # HIGH-fa (espeak-ng: h'eIf@)
Jabalia               [[dZ,ab@l'i:@]]               # ja-ba-LEE-a (espeak-ng: dZab'eIli@)
Sderot                [[sdEr'oUt]]                  # sdeh-ROHT (espeak-ng: 'Esd'Er0t)
Darfur                [[dA@f'U@]]                   # dar-FOOR (espeak-ng: d'A@f3:)
Fasher                [[f'A:S3]]                    # FAH-sher (El Fasher) (espeak-ng: f'aS3)
Harare                [[h@r'A:reI]]                 # ha-RAH-ray (espeak-ng: h3r'A:ri)
Bulawayo              [[b,u:l@w'eIoU]]              # boo-la-WAY-oh (espeak-ng: bj'Ula#w,eIoU)
Lilongwe              [[lIl'0NweI]]                 # lih-LONG-way (espeak-ng: laIl'O2Nwi)
Maputo                [[m@p'u:toU]]                 # ma-POO-toh (espeak-ng: mapj'u:t#oU)
Windhoek              [[v'Inthu:k]]                 # VINT-hook (espeak-ng: w'IndhoUk)
KwaZulu-Natal         [[kw,A:z'u:lu: n@t'al]]       # kwah-ZOO-loo na-TAL (espeak-ng: kw'A: z'u:lu:n'eIt#@L)
Abuja                 [[@b'u:dZ@]]                  # a-BOO-ja (espeak-ng: a#bj'u:dZ@)
Accra                 [[@kr'A:]]                    # a-KRAH (espeak-ng: 'akra#)
Abidjan               [[,abi:dZ'A:n]]               # ab-ee-JAHN (espeak-ng: 'abIdZ@n)
N'Djamena             [[@ndZ@m'eIn@]]               # n'ja-MAY-na (espeak-ng: 'EndZ'eImn@)
Yaounde               [[j,A:u:nd'eI]]               # yah-oon-DAY (espeak-ng: j'eI@,Vnd)
Yaoundé               [[j,A:u:nd'eI]]               # yah-oon-DAY (espeak-ng: j,eI@@nd'eI)
Marrakech             [[m,ar@k'ES]]                 # ma-ra-KESH (espeak-ng: m'areIk@tS)
Reykjavik             [[r'eIkj@vIk]]                # RAKE-ya-vik (espeak-ng: r'eIkdZa#v,Ik)
Wroclaw               [[vr'0tswA:f]]                # VROTS-wahf (espeak-ng: r'0klO:)
Wrocław               [[vr'0tswA:f]]                # VROTS-wahf (espeak-ng: r'0klO:)
Łódź                  [[w'u:tS]]                    # WOOCH (espeak-ng: l'0dz)
Szczecin              [[StS'EtSi:n]]                # SHCHEH-cheen (espeak-ng: S'EsIn)
Katowice              [[k,at@v'i:tsE]]              # ka-toh-VEET-seh (espeak-ng: k'at#oUIs)
Pristina              [[pr'IStIn@]]                 # PRISH-tih-na (espeak-ng: prIst'i:n@)
Thessaloniki          [[T,Es@l@n'i:ki]]             # thess-a-lo-NEE-kee (espeak-ng: T'Esa#l,0nIki)
Bryansk               [[brj'A:nsk]]                 # bree-AHNSK (espeak-ng: br'aIansk)
Voronezh              [[v@r'0nIS]]                  # vuh-RO-nish (espeak-ng: v'o@roUn@Z)
Krasnodar             [[kr,asn@d'A@]]               # kras-no-DAR (espeak-ng: kr'asn@d,A@)
Novorossiysk          [[n,0v@r@s'i:sk]]             # no-vo-ro-SEESK (espeak-ng: n'0vo@r,O2sI2;,Isk)
Yekaterinburg         [[j@k,at@r'Inb3:g]]           # yeh-ka-teh-RIN-burg (espeak-ng: j'Eka#t#3r,Inb3:g)
Novosibirsk           [[n,0v@sIb'i@sk]]             # no-vo-sih-BEERSK (espeak-ng: n'0v@zI#b,3:sk)
Kaliningrad           [[k@l'i:nIngrad]]             # ka-LEE-nin-grad (espeak-ng: k'eIlaIn,INgrad)
Nagorno-Karabakh      [[n@g'O@noU k,ar@b'A:k]]      # na-GOR-noh ka-ra-BAHK (espeak-ng: nag'o@noUk'ara#b,ak)
Almaty                [[alm'A:ti]]                  # al-MAH-tee (espeak-ng: 'O2lm@t#i)
Bilbao                [[bIlb'A:oU]]                 # bil-BAH-oh (espeak-ng: b'IlbaU)
Palermo               [[p@l'3:moU]]                 # pa-LER-moh (espeak-ng: p'al3m,oU)
Lampedusa             [[l,amp@d'u:z@]]              # lam-peh-DOO-za (espeak-ng: l'ampI2dZ,u:s@)
Liege                 [[li'EZ]]                     # lee-EZH (espeak-ng: l'i:dZ)
Liège                 [[li'EZ]]                     # lee-EZH (espeak-ng: l'i:dZ)
Nuremberg             [[nj'U@r@mb3:g]]              # NYOOR-em-burg (espeak-ng: njU@r'Emb3:g)
Aberystwyth           [[,ab3r'VstwIT]]              # ab-er-UST-with (espeak-ng: ,ab3r-'IstwIT)
Senedd                [[s'EnED]]                    # SEN-eth (espeak-ng: s'EnEd)
Loughborough          [[l'Vfb@r@]]                  # LUFF-bruh (espeak-ng: l'Vfb@r,oU)
Southwark             [[s'VD@k]]                    # SUTH-uk (espeak-ng: s'aUTwO@k)
Laois                 [[l'i:S]]                     # LEESH (espeak-ng: l'eI0iz)
Tucson                [[t'u:s0n]]                   # TOO-sahn (espeak-ng: t'Vks@n)
Schenectady           [[sk@n'Ekt@di]]               # skuh-NEK-tuh-dee (espeak-ng: S'EnI2kt,adi)
Poughkeepsie          [[p@k'Ipsi]]                  # puh-KIP-see (espeak-ng: p'oUki:psi)
Kissimmee             [[kIs'Imi]]                   # kih-SIM-ee (espeak-ng: k'IsI2m,i:)
Tallahassee           [[t,al@h'asi]]                # tal-uh-HASS-ee (espeak-ng: t'ala#h,asi:)
Chattanooga           [[tS,at@n'u:g@]]              # chat-uh-NOO-ga (espeak-ng: tS'ata#n,u:g@)
Biloxi                [[b@l'Vksi]]                  # buh-LUCK-see (espeak-ng: baIl'0ksi)
Lahaina               [[l@h'aIn@]]                  # la-HIGH-na (espeak-ng: lah'eIn@)
Iqaluit               [[Ik'alu:It]]                 # ih-KAL-oo-it (espeak-ng: 'Ika#lj,u:It)
Nunavut               [[n'u:n@vu:t]]                # NOO-na-voot (espeak-ng: n'Vna#v,Vt)
Etobicoke             [[Et'oUbIkoU]]                # eh-TOH-bih-koh (espeak-ng: 'Et#@b,IkoUk)
Mississauga           [[m,IsIs'O:g@]]               # miss-iss-SAW-ga (espeak-ng: m'IsI2s,O:g@)
Mi'kmaq               [[m'i:gmA:]]                  # MEEG-mah (espeak-ng: m'Ikmak)
Wet'suwet'en          [[wEts'u:wEt@n]]              # wet-SOO-wet-en (espeak-ng: w'Etsu:w,Et@n)
Wollongong            [[w'Ul@Ng0N]]                 # WOOL-un-gong (espeak-ng: w'oUlO2Ng,O2N)
Geelong               [[dZ@l'0N]]                   # juh-LONG (espeak-ng: dZ'i:lO2N)
Parramatta            [[p,ar@m'at@]]                # pa-ra-MAT-a (espeak-ng: p'ara#m,at#@)
Uluru                 [[,u:l@r'u:]]                 # oo-luh-ROO (espeak-ng: 'u:lU@r,u:)
Aotearoa              [[,A:oUt,eI@r'oU@]]           # ah-oh-tay-a-ROH-a (espeak-ng: ,eI@t#e@r'oU@)
Waitangi              [[waIt'aNi]]                  # why-TUNG-ee (espeak-ng: w'eIt#aNgi)
Chennai               [[tSEn'aI]]                   # cheh-NYE (espeak-ng: tS'EnaI)
Thiruvananthapuram    [[t,Iru:v@n,Vnt@p'U@r@m]]     # tih-roo-va-nun-ta-POOR-um (espeak-ng: t'Iru:v@n@nt@p,U@r@m)
Ayodhya               [[@j'oUdj@]]                  # a-YOHD-ya (espeak-ng: 'aI;@dI;@)
Prayagraj             [[pr@j'A:graj]]               # pruh-YAHG-raj (espeak-ng: pr'eIa#gr,adZ)
Chandigarh            [[tS'Vndig@]]                 # CHUN-dee-gur (espeak-ng: tS,VndIg'3:)
Srinagar              [[srIn'Vg@]]                  # srih-NUG-ur (espeak-ng: sr'i:n@g3)
Gurugram              [[g'Uru:gram]]                # GOO-roo-gram (espeak-ng: gj'U@r@gr,am)
Pahalgam              [[p@h'Vlg@m]]                 # puh-HUL-gum (espeak-ng: p'aha#lg,am)

# Companies, brands and news organisations
Baidu                 [[b'aIdu:]]                   # BYE-doo (espeak-ng: b'eIdu:)
Temu                  [[t'i:mu:]]                   # TEE-moo (espeak-ng: t'Emu:)
Shein                 [[S'i:In]]                    # SHE-in (espeak-ng: S'eIn)
Haier                 [[h'aI3]]                     # HIGH-er (espeak-ng: h'eI@3)
Sinopec               [[s'aInoUpEk]]                # SIGH-noh-pek (espeak-ng: s'InoUp@k)
Infosys               [['InfoUsIs]]                 # IN-foh-sis (espeak-ng: Inf'oUziz)
Adani                 [[@d'A:ni]]                   # a-DAH-nee (espeak-ng: a#d'ani)
Peugeot               [[p'3:ZoU]]                   # PUR-zhoh (espeak-ng: pju:Z'oU)
Stellantis            [[stEl'antIs]]                # stel-AN-tis (espeak-ng: st'Elaantiz)
Givenchy              [[Z,i:vA:nS'i:]]              # zhee-vahn-SHEE (espeak-ng: g'IvEntSi)
L'Oreal               [[l,O:ri'al]]                 # lor-ee-AL (espeak-ng: 'El'o@ri@l)
L'Oréal               [[l,O:ri'al]]                 # lor-ee-AL (espeak-ng: 'El'o@reI@L)
Carrefour             [[k'A@fU@]]                   # KAR-foor (espeak-ng: k'arEf3)
Danone                [[d@n'oUn]]                   # da-NOHN (espeak-ng: d'an0n)
Arnault               [[A@n'oU]]                    # ar-NOH (espeak-ng: 'A@nO2lt)
Michelin              [[m'IS@lIn]]                  # MISH-uh-lin (espeak-ng: m'ItSI2l,In)
Sanofi                [[s'an@fi]]                   # SAN-oh-fee (espeak-ng: san'oUfi)
Paribas               [[p,arIb'A:]]                 # pa-rih-BAH (espeak-ng: par'i:b@z)
Allianz               [['ali@nts]]                  # AL-ee-ants (espeak-ng: a#l'I;ants)
Lufthansa             [[l'Ufth,anz@]]               # LOOFT-hahn-za (espeak-ng: lVfT'ans@)
Deutsche              [[d'OItS@]]                   # DOY-cha (espeak-ng: d'OItS)
Commerzbank           [[k@m'E@tsbaNk]]              # ko-MAIRTS-bank (espeak-ng: k@m'3:zbaNk)
Bundesbank            [[b'Und@zbaNk]]               # BOON-dez-bank (espeak-ng: b'VndI2sb,aNk)
Rheinmetall           [[r'aInmEtal]]                # RINE-meh-tal (espeak-ng: r'eInmI2t,O:l)
Novartis              [[noUv'A@tIs]]                # noh-VAR-tis (espeak-ng: n'oUv@@t#iz)
Sberbank              [[zb'E@baNk]]                 # ZBAIR-bank (espeak-ng: 'Esb'3:baNk)
BioNTech              [[b'aI0ntEk]]                 # BY-on-tek (espeak-ng: b'aIoU 'En t2'Ek)
Wegovy                [[wi:g'oUvi]]                 # wee-GOH-vee (espeak-ng: w'Eg0vi)
Mounjaro              [[maUndZ'A@roU]]              # mown-JAR-oh (espeak-ng: maUndZ'aroU)
Keytruda              [[ki:tr'u:d@]]                # key-TROO-da (espeak-ng: ki:trj'u:d@)
Haaretz               [[h@'A:rEts]]                 # ha-AH-rets (espeak-ng: h'A@rEts)
Yomiuri               [[j,oUmi'u:ri]]               # yoh-mee-OO-ree (espeak-ng: j'oUmI2j,u:ri)
Kyodo                 [[kj'oUdoU]]                  # KYOH-doh (espeak-ng: kaI'oUdoU)
Yonhap                [[j'Vnhap]]                   # YUN-hap (espeak-ng: j'0nhap)
Izvestia              [[Izv'Estj@]]                 # iz-VEST-ya (espeak-ng: 'IzvEstS@)
Axios                 [['aksi0s]]                   # AX-ee-oss (espeak-ng: 'aksI2;,oUz)

# Sports: players, coaches, venues
Ancelotti             [[,antS@l'0ti]]               # an-cheh-LOT-ee (espeak-ng: ,ansI2l'0t#i)
Tuchel                [[t'u:x@l]]                   # TOO-khel (espeak-ng: t'VtS@L)
Postecoglou           [[p,0st@k'0glu:]]             # poss-teh-KOG-loo (espeak-ng: p'oUstI2k,0glu:)
Nagelsmann            [[n'A:g@lsman]]               # NAH-gels-man (espeak-ng: n'eIdZlsm@n)
Deschamps             [[deIS'A:n]]                  # day-SHAHN (espeak-ng: dI#stS'amps)
Simeone               [[s,Imi'oUneI]]               # sim-ee-OH-nay (espeak-ng: s'aImoUn)
Szoboszlai            [[s'0b0slaI]]                 # SOB-oss-lye (espeak-ng: S'0b@szl,aI)
Gyokeres              [[j'3:k@rES]]                 # YUR-keh-resh (espeak-ng: dZ'aIoUk3z)
Gyökeres              [[j'3:k@rES]]                 # YUR-keh-resh (espeak-ng: dZ'aI3:k3z)
Gvardiol              [[gv'A@di0l]]                 # GVAR-dee-ol (espeak-ng: dZ'i:v'A@dI2;,0l)
Musiala               [[m,u:zi'A:l@]]               # moo-zee-AH-la (espeak-ng: mj'u:zi;'A:l@)
Raphinha              [[h@f'i:nj@]]                 # ha-FEEN-ya (espeak-ng: r'afInh@)
Vinicius              [[vIn'i:si@s]]                # vih-NEE-see-us (espeak-ng: v'InIS@s)
Vinícius              [[vIn'i:si@s]]                # vih-NEE-see-us (espeak-ng: v'InIS@s)
Tchouameni            [[tSwA:m'Eni]]                # chwah-MEH-nee (espeak-ng: t'i:tSw'A:mEni)
Tchouaméni            [[tSwA:m'Eni]]                # chwah-MEH-nee (espeak-ng: t'i:tSwA:m'eIni)
Rudiger               [[r'u:dIg3]]                  # ROO-dih-ger (espeak-ng: r'u:dIdZ3)
Rüdiger               [[r'u:dIg3]]                  # ROO-dih-ger (espeak-ng: r'u:dIdZ3)
Dembele               [[d,Emb@l'eI]]                # dem-buh-LAY (espeak-ng: d'EmbEl)
Dembélé               [[d,Emb@l'eI]]                # dem-buh-LAY (espeak-ng: dEmb'eIl'eI)
Kvaratskhelia         [[kv,ar@tsx'Elj@]]            # kva-rats-KHEL-ya (espeak-ng: k'eIv,ara#tskh'i:li@)
Hakimi                [[h@k'i:mi]]                  # ha-KEE-mee (espeak-ng: h'akImi)
Donnarumma            [[d,0n@r'u:m@]]               # don-na-ROOM-ma (espeak-ng: d'0nA@r,Vm@)
Osimhen               [[oUs'Imh@n]]                 # oh-SIM-hen (espeak-ng: '0sImh@n)
Xhaka                 [[dZ'A:k@]]                   # JAH-ka (espeak-ng: 'Eksh'A:k@)
Rublev                [[r'u:blj0f]]                 # ROOB-lyof (espeak-ng: r'u:bl@v)
Pegula                [[p@g'u:l@]]                  # puh-GOO-la (espeak-ng: p'EgjUl@)
Jabeur                [[dZ@b'3:]]                   # ja-BUR (espeak-ng: dZab'U@)
Azarenka              [[,az@r'Enk@]]                # az-a-REN-ka (espeak-ng: 'aza#r,ENk@)
Kyrgios               [[k'i@ri0s]]                  # KEER-ee-oss (espeak-ng: k'I;@dZI2;,oUz)
Wawrinka              [[vavr'Ink@]]                 # vav-RINK-a (espeak-ng: w'O:rINk@)
Verstappen            [[f3st'ap@n]]                 # fur-STAP-en (espeak-ng: v'3:stap@n)
Sainz                 [[s'aInts]]                   # SINES (espeak-ng: s'eInts)
Piastri               [[pi'astri]]                  # pee-ASS-tree (espeak-ng: p'aI@stri)
Ricciardo             [[rIk'A@doU]]                 # rih-KAR-doh (espeak-ng: rIks'aI3doU)
Raikkonen             [[r'aIk@n@n]]                 # RYE-kuh-nen (espeak-ng: r'eIkoUn@n)
Räikkönen             [[r'aIk@n@n]]                 # RYE-kuh-nen (espeak-ng: r'EI2k,3:n@n)
Vettel                [[f'Et@l]]                    # FET-el (espeak-ng: v'Et#@L)
Tendulkar             [[tEnd'u:lkA@]]               # ten-DOOL-kar (espeak-ng: tEnd'Ulk3)
Labuschagne           [[l'ab@SeIn]]                 # LAB-uh-shane (espeak-ng: l'ab@S,agni)
Ovechkin              [[oUv'EtSkIn]]                # oh-VECH-kin (espeak-ng: 'oUvI2tSk,In)
Vasilevskiy           [[v,as@l'Efski]]              # vass-uh-LEF-skee (espeak-ng: v'asaIlvsk,I;i)
Draisaitl             [[dr'aIsaIt@l]]               # DRY-sye-tul (espeak-ng: dr'eIseIt#@L)
Jagr                  [[j'A:g3]]                    # YAH-ger (espeak-ng: dZ'ag3)
Sabonis               [[s@b'oUnIs]]                 # suh-BOH-nis (espeak-ng: s'ab@n,Is)
Gobert                [[goUb'e@]]                   # goh-BAIR (espeak-ng: g'oUb3:t)
Olajuwon              [[oUl'A:Z@w0n]]               # oh-LAH-zhuh-won (espeak-ng: '0la#dZ,u:w@n)
Mutombo               [[mu:t'0mboU]]                # moo-TOM-boh (espeak-ng: mju:t'0mboU)
Nowitzki              [[noUv'Itski]]                # noh-VITS-kee (espeak-ng: n'oUItski)
Ginobili              [[dZIn'oUbIli]]               # jih-NOH-bih-lee (espeak-ng: dZ'InoUb,Ili)
Roethlisberger        [[r'0TlIsb3:g3]]              # ROTH-lis-ber-ger (espeak-ng: r'oUTlI2sb,3:g3)
Kaepernick            [[k'ap3nIk]]                  # CAP-er-nick (espeak-ng: k'i:p3n,Ik)
Acuna                 [[@k'u:nj@]]                  # a-KOON-ya (espeak-ng: a#k'u:n@)
Acuña                 [[@k'u:nj@]]                  # a-KOON-ya (espeak-ng: a#kj'u:nj@)
Pujols                [[p'u:hoUlz]]                 # POO-holes (espeak-ng: pj'u:dZ0lz)
Yastrzemski           [[j@str'Emski]]               # yuh-STREM-skee (espeak-ng: j,ast@z'Emski)
Kipchoge              [[kIptS'oUgeI]]               # kip-CHOH-gay (espeak-ng: k'IptSoUdZ)
Duplantis             [[du:pl'antIs]]               # doo-PLAN-tis (espeak-ng: d'u:plaantiz)

# Surnames and given names
Zhang                 [[dZ'A:N]]                    # JAHNG (espeak-ng: Z'aN)
Zhou                  [[dZ'oU]]                     # JOH (espeak-ng: Z'u:)
Walesa                [[v@w'Ens@]]                  # va-WEN-sa (espeak-ng: w'eIls@)
Wałęsa                [[v@w'Ens@]]                  # va-WEN-sa (espeak-ng: w'eIls@)
Niamh                 [[n'i:v]]                     # NEEV (espeak-ng: n'aI@m)
Saoirse               [[s'i@S@]]                    # SEER-sha (espeak-ng: s'3:S@)
Micheál               [[m'i:hO:l]]                  # MEE-hawl (espeak-ng: m,ItSI2;'A:l)
Iyer                  [['aI3]]                      # EYE-er (espeak-ng: 'I;aI3)
Soyinka               [[SOI'INk@]]                  # shoy-ING-ka (espeak-ng: s'OIINk@)
Achebe                [[@tS'eIbeI]]                 # a-CHAY-bay (espeak-ng: 'eIkb)
Dlamini               [[dl@m'i:ni]]                 # dla-MEE-nee (espeak-ng: d'i:lam'i:ni)
Nyerere               [[njEr'EreI]]                 # nyeh-REH-ray (espeak-ng: n'aI3r3)
# More of the same list
# Heads of state, government and politicians
Mirziyoyev            [[m,i@rzi:j'oUj@f]]           # meer-zee-YOH-yef (espeak-ng: m'3:zI2j,OIEv)
Darmanin              [[d,A@m@n'an]]                # dar-ma-NAN (espeak-ng: d'A@ma#n,In)
Retailleau            [[r@taIj'oU]]                 # ruh-tie-YOH (espeak-ng: r'i:t2eIl,oU)
Wadephul              [[v'A:d@fu:l]]                # VAH-duh-fool (espeak-ng: w'eIdfVl)
Plenkovic             [[pl'EnkoUvItS]]              # PLEN-koh-vich (espeak-ng: plENk'0vIk)
Milanovic             [[m'i:l@noUvItS]]             # MEE-la-noh-vich (espeak-ng: m,Ila#n'0vIk)
Dodik                 [[d'oUdIk]]                   # DOH-dik (espeak-ng: d'0dIk)
Ciolacu               [[tSoUl'A:ku:]]               # choh-LAH-koo (espeak-ng: sI2;@l'A:ku:)
Niinisto              [[n'i:nIstoU]]                # NEE-nis-toh (espeak-ng: n,I;I2n'IstoU)
Schoof                [[sk'oUf]]                    # SKOHF (espeak-ng: sk'u:f)
Oireachtas            [['Er@xt@s]]                  # ERR-ukh-tus (espeak-ng: w'A@ratSt@z)
Yousaf                [[j'u:s@f]]                   # YOO-suf (espeak-ng: j'aUsaf)
Sadiq                 [[s@d'i:k]]                   # sa-DEEK (espeak-ng: s'adIk)
Jayapal               [[dZ'aI@p,A:l]]               # JYE-uh-pahl (espeak-ng: dZ'eIap@L)
Geithner              [[g'aItn3]]                   # GITE-ner (espeak-ng: dZ'i:Tn3)
Cipollone             [[s,Ip@l'oUni]]               # sip-uh-LOH-nee (espeak-ng: s'Ip@l,oUn)
Papadopoulos          [[p,ap@d'0p@l@s]]             # pa-pa-DOP-uh-lus (espeak-ng: p,apa#d@p'u:loUz)
Strzok                [[str'Vk]]                    # STRUCK (espeak-ng: ,Est,i:;'A@z'0k)
Emhoff                [['Emh0f]]                    # EM-hoff (espeak-ng: Emh'0f)
Makary                [[m@k'A@ri]]                  # muh-KAR-ee (espeak-ng: m'ak3ri)
Bhattacharya          [[b,Vt@tS'A@rj@]]             # bhut-uh-CHAR-ya (espeak-ng: b'at#a#tS,A@rI;@)
Loeffler              [[l'Efl3]]                    # LEFF-ler (espeak-ng: l'oUfl3)
Vought                [[v'oUt]]                     # VOTE (espeak-ng: v'O:t)
Jagmeet               [[dZ'Vgmi:t]]                 # JUG-meet (espeak-ng: dZ'agmi:t)
Blanchet              [[blA:nS'eI]]                 # blahn-SHAY (espeak-ng: bl'aantSI2t)
Legault               [[l@g'oU]]                    # luh-GOH (espeak-ng: l'EgO2lt)
Guilbeault            [[gIlb'oU]]                   # gil-BOH (espeak-ng: g'IlboUlt)
Mulcair               [[m@lk'e@]]                   # mul-CARE (espeak-ng: m'Vlke@)
Parizeau              [[p,arIz'oU]]                 # pa-ree-ZOH (espeak-ng: p'araIz,aU)
Levesque              [[l@v'Ek]]                    # luh-VECK (espeak-ng: lEv'Esk)
Palaszczuk            [[p@l'aStS@k]]                # pa-LASH-chuk (espeak-ng: p'ala#szkz,Vk)
Crisafulli            [[kr,Is@f'Uli]]               # kris-a-FULL-ee (espeak-ng: kr'Isa#f,Uli)
Malinauskas           [[m,alIn'aUsk@s]]             # mal-in-OW-skus (espeak-ng: m'eIlI2n,O:sk@z)
Owaisi                [[oUw'aIsi]]                  # oh-WYE-see (espeak-ng: 'oUeIsi)
Kharge                [[k'A@geI]]                   # KHAR-gay (espeak-ng: k'A@dZ)
Shehbaz               [[S'EhbA:z]]                  # SHEH-bahz (espeak-ng: S'eIbaz)
Rajapaksa             [[r,A:dZ@p'Vks@]]             # rah-juh-PUCK-suh (espeak-ng: r'A:dZa#p,aks@)
Dissanayake           [[dIs,A:n@j'A:k@]]            # dis-sah-nuh-YAH-kuh (espeak-ng: dI2s'aneI,eIk)
Tharman               [[t'A@m@n]]                   # TAR-mun (espeak-ng: T'A@m@n)
Shanmugaratnam        [[S,Vnmu:g@r'Vtn@m]]          # shun-moo-guh-RUT-num (espeak-ng: S'anmju:g,ara#tn,A:m)
Prayut                [[pr@j'u:t]]                  # pra-YOOT (espeak-ng: pr'eIVt)
Srettha               [[sr'Et@]]                    # SRET-tah (espeak-ng: 'Esr'EtT@)
Anutin                [[@n'u:tIn]]                  # a-NOO-tin (espeak-ng: 'anu:t,In)
Koizumi               [[kOIz'u:mi]]                 # koy-ZOO-mee (espeak-ng: k'OIzju:mi)
Ching-te              [[tS,INd'@]]                  # ching-DUH (espeak-ng: tS'INt'i:)
Jiabao                [[dZj,A:b'aU]]                # jyah-BOW (espeak-ng: dZ'aI@b,aU)
Keqiang               [[k@tSj'A:N]]                 # kuh-CHYAHNG (espeak-ng: k'EkjaN)
Nazarbayev            [[n,azA@b'aI@f]]              # na-zar-BYE-ef (espeak-ng: n'azA@b,eIEv)
Berdimuhamedov        [[b,3:dIm,u:h'am@d0f]]        # ber-dee-moo-HAM-eh-dof (espeak-ng: b'3:dI2mj,u:heImd,0v)
Ivanishvili           [[,i:v@n'ISvIli]]             # ee-vah-NISH-vee-lee (espeak-ng: 'aIva#n,ISvIli)
Zurabishvili          [[z,u:r@b'ISvIli]]            # zoo-rah-BISH-vee-lee (espeak-ng: zj'U@ra#b,ISvIli)
Eisenkot              [[,aIz@nk'oUt]]               # eye-zen-KOHT (espeak-ng: 'aIz@Nk,0t)
Ghalibaf              [[g,A:lIb'A:f]]               # gah-lee-BAHF (espeak-ng: g'alI2b,af)
Mousavi               [[mu:s'A:vi]]                 # moo-SAH-vee (espeak-ng: m'aUsavi)
Kilicdaroglu          [[k,IlItSd'A@roUlu:]]         # kih-lich-DAR-oh-loo (espeak-ng: k'IlI2kd,ar@gl,u:)
Aoun                  [['A:u:n]]                    # AH-oon (espeak-ng: 'eI@,Vn)
Madbouly              [[madb'u:li]]                 # mad-BOO-lee (espeak-ng: m'adbu:li)
Tebboune              [[tEb'u:n]]                   # teb-BOON (espeak-ng: t'EbaUn)
Saied                 [[s@j'i:d]]                   # sa-YEED (espeak-ng: s'eI@d)
Dbeibah               [[d@b'eIb@]]                  # d'BAY-bah (espeak-ng: d'i:b'eIb@)
Dagalo                [[d@g'A:loU]]                 # da-GAH-loh (espeak-ng: d'ag@l,oU)
Hamdok                [[hamd'u:k]]                  # ham-DOOK (espeak-ng: h'aamd0k)
Ndayishimiye          [[nd,A:jISIm'i:jE]]           # n'dah-yee-shee-MEE-yeh (espeak-ng: 'End'eII2S,ImI2;,aI)
Hichilema             [[h,i:tSIl'Em@]]              # hee-chee-LEH-ma (espeak-ng: h'ItSaIlm@)
Chamisa               [[tS@m'i:s@]]                 # cha-MEE-sa (espeak-ng: tS'amIs@)
Tsvangirai            [[tSaNg'IraI]]                # chang-GIRR-eye (espeak-ng: t'i:sv'aNg3r-,aI)
Mashatile             [[m,aS@t'i:lE]]               # ma-sha-TEE-leh (espeak-ng: m'aSa#t,aIl)
Steenhuisen           [[st'i:nheIs@n]]              # STEEN-hay-sen (espeak-ng: st'i:nhju:,aIs@n)
Atiku                 [[@t'i:ku:]]                  # a-TEE-koo (espeak-ng: 'at#I2k,u:)
Abubakar              [[,A:bu:b'A:kA@]]             # ah-boo-BAH-kar (espeak-ng: a#bj'u:ba#k,A@)
Goita                 [[goU'i:t@]]                  # goh-EE-ta (espeak-ng: g'OIt#@)
Tchiani               [[tSi'A:ni]]                  # chee-AH-nee (espeak-ng: t'i:tS'aI@ni)
Doumbouya             [[du:mb'u:j@]]                # doom-BOO-ya (espeak-ng: d'aUmbaUj@)
Biya                  [[b'i:j@]]                    # BEE-ya (espeak-ng: b'Ij@)
Chakwera              [[tSakw'Er@]]                 # chak-WEH-ra (espeak-ng: tS'akw3r@)
Magufuli              [[m,A:gu:f'u:li]]             # mah-goo-FOO-lee (espeak-ng: magj'u:fjUl,aI)
Kiir                  [[k'i@]]                      # KEER (espeak-ng: k'I;3:)
Boluarte              [[boUlw'A@teI]]               # boh-LWAR-tay (espeak-ng: b'0lu:,A@t)
Ebrard                [[Ebr'A@d]]                   # eh-BRARD (espeak-ng: 'EbrA@d)
Arevalo               [[@r'Ev@loU]]                 # a-REH-va-loh (espeak-ng: 'arI2v@l,oU)
Mulino                [[mu:l'i:noU]]                # moo-LEE-noh (espeak-ng: mjUl'i:noU)
Abinader              [[,A:bIn@d'E@]]               # ah-bee-na-DAIR (espeak-ng: 'abI2n,eId3)
Vestager              [[v'EsteI3]]                  # VESS-tay-er (espeak-ng: v'EsteIdZ3)
Borrell               [[b@r'El]]                    # bo-RELL (espeak-ng: b'O2r@L)
Patrushev             [[p@tr'u:S@f]]                # pa-TROO-shef (espeak-ng: p'atr@S,Ev)
Siluanov              [[s,Ilu:'A:n@f]]              # sil-oo-AH-nof (espeak-ng: s'Ilu:,an0v)
Sobyanin              [[s@bj'A:nIn]]                # suh-BYAH-nin (espeak-ng: s'0bI2;,anIn)
Volodin               [[v@l'oUdIn]]                 # vuh-LOH-din (espeak-ng: v'0l@d,In)
Surovikin             [[su:r'oUvIkIn]]              # soo-ROH-vih-kin (espeak-ng: s'3:r@v,IkIn)
Girkin                [[g'i@kIn]]                   # GEER-kin (espeak-ng: g'3:kIn)
Deripaska             [[d,ErIp'ask@]]               # deh-rih-PASS-ka (espeak-ng: dI#r'Ipaask@)
Usmanov               [[u:sm'A:n@f]]                # oos-MAH-nof (espeak-ng: 'Vsma#n,0v)
Muttaqi               [[mu:t'A:ki]]                 # moo-TAH-kee (espeak-ng: m'Vt#aki)
Baradar               [[b,ar@d'A@]]                 # ba-ra-DAR (espeak-ng: b'ara#d,A@)
Hekmatyar             [[h,Ekm@tj'A@]]               # hek-mat-YAR (espeak-ng: h'Ekma#tj,A@)
Dostum                [[doUst'u:m]]                 # dohs-TOOM (espeak-ng: d'0st@m)
Panjshir              [[p,andZS'i@]]                # panj-SHEER (espeak-ng: p'andZSi@3)
Narges                [[n'A@g@s]]                   # NAR-gess (espeak-ng: n'A@dZI#z)

# Places
Zhengzhou             [[dZ,VNdZ'oU]]                # jung-JOH (espeak-ng: Z'ENZu:)
Suzhou                [[s,u:dZ'oU]]                 # soo-JOH (espeak-ng: s'VZu:)
Xiamen                [[Sj,A:m'Vn]]                 # shyah-MUN (espeak-ng: z'aI@m,En)
Kunming               [[k,u:nm'IN]]                 # koon-MING (espeak-ng: k'Vn@mIN)
Hefei                 [[h@f'eI]]                    # huh-FAY (espeak-ng: h'EfeI)
Taichung              [[t,aItS'UN]]                 # tye-CHOONG (espeak-ng: t'eItSVN)
Daegu                 [[d'eIgu:]]                   # DAY-goo (espeak-ng: d'i:gu:)
Haiphong              [[h'aIf0N]]                   # HIGH-fong (espeak-ng: h'eIf0N)
Danang                [[d@n'aN]]                    # da-NANG (espeak-ng: d'anaN)
Naypyidaw             [[n,eIpji:d'O:]]              # nay-pyee-DAW (espeak-ng: n'eIpI2;,IdO:)
Chittagong            [[tS'It@g0N]]                 # CHIT-uh-gong (espeak-ng: tS'It#ag@Ng)
Thimphu               [[t'Impu:]]                   # TIM-poo (espeak-ng: T'Imfu:)
Mashhad               [[maSh'ad]]                   # mash-HAD (espeak-ng: m'aShad)
Tikrit                [[tIkr'i:t]]                  # tik-REET (espeak-ng: t'IkrIt)
Tartus                [[tA@t'u:s]]                  # tar-TOOSS (espeak-ng: t'A@t#@s)
Nuseirat              [[n,u:seIr'A:t]]              # noo-say-RAHT (espeak-ng: n'u:se@r,at)
Tulkarm               [[tu:lk'A@m]]                 # tool-KARM (espeak-ng: t'VlkA@m)
Hodeidah              [[hoUd'eId@]]                 # hoh-DAY-da (espeak-ng: h'oUdId@)
Omdurman              [[,0md3m'A:n]]                # om-dur-MAHN (espeak-ng: '0md3:m@n)
Bujumbura             [[b,u:dZu:mb'u:r@]]           # boo-joom-BOO-ra (espeak-ng: bj,u:dZ@mbj'U@r@)
Bloemfontein          [[bl'u:mf0nteIn]]             # BLOOM-fon-tayn (espeak-ng: bl'oUmfO2nt,i:n)
Ibadan                [[i:b'A:d@n]]                 # ee-BAH-dan (espeak-ng: 'aIbad@n)
Maiduguri             [[maId'u:gu:ri]]              # my-DOO-goo-ree (espeak-ng: m'eIdZu:gj,U@ri)
Kumasi                [[ku:m'A:si]]                 # koo-MAH-see (espeak-ng: kju:m'A:si)
Bamako                [[b'A:m@koU]]                 # BAH-ma-koh (espeak-ng: bam'A:koU)
Conakry               [[k'0n@kri]]                  # KON-a-kree (espeak-ng: k@n'akri)
Bialystok             [[bjaw'Ist0k]]                # byah-WISS-tok (espeak-ng: b'aI@l,Ist0k)
Przemysl              [[pS'EmIS@l]]                 # PSHEH-mishl (espeak-ng: p,i:;'A@z'EmIs@L)
Brno                  [[b'3:noU]]                   # BUR-noh (espeak-ng: b,i:;,A@r,En'oU)
Ostrava               [['0str@v@]]                  # OSS-tra-va (espeak-ng: 0str'A:v@)
Kosice                [[k'0SItsE]]                  # KO-shih-tseh (espeak-ng: k'0sIs)
Debrecen              [[d'EbrEts@n]]                # DEB-ret-sen (espeak-ng: d'EbrEs@n)
Szeged                [[s'EgEd]]                    # SEG-ed (espeak-ng: S'i:dZd)
Graz                  [[gr'A:ts]]                   # GRAHTS (espeak-ng: gr'az)
Timisoara             [[t,i:mIS'wA:r@]]             # tee-mee-SHWAH-ra (espeak-ng: t'ImI2s,o@r@)
Iasi                  [[j'A:S]]                     # YAHSH (espeak-ng: aI;'A:si)
Constanta             [[k0nst'A:nts@]]              # kon-STAHN-tsa (espeak-ng: k0nst'ant@)
Podgorica             [[p'0dg0rIts@]]               # POD-go-ree-tsa (espeak-ng: p@dg'o@rIk@)
Skopje                [[sk'0pjE]]                   # SKOP-yeh (espeak-ng: sk'0pi@)
Piraeus               [[paIr'i:@s]]                 # pye-REE-us (espeak-ng: p'3:ri:;@s)
Vitebsk               [[v'i:tEpsk]]                 # VEE-tepsk (espeak-ng: v'aItbsk)
Taganrog              [[t,ag@nr'0k]]                # ta-gan-ROK (espeak-ng: t'aga#nr,0g)
Abkhazia              [[@bk'A:zi@]]                 # ab-KAH-zee-a (espeak-ng: a#bkh'eIzi@)
Tskhinvali            [[tskInv'A:li]]               # tskin-VAH-lee (espeak-ng: t'@skhI2nv'A:li)
Stepanakert           [[st,Ep@n@k'3:t]]             # steh-pa-na-KERT (espeak-ng: st'Epa#n,ak3t)
Dushanbe              [[du:S'anbeI]]                # doo-SHAN-bay (espeak-ng: d'VSanb)
Girona                [[dZIr'oUn@]]                 # jih-ROH-na (espeak-ng: dZ'aI3n@)
Montpellier           [[m,0ntpElj'eI]]              # mont-pel-YAY (espeak-ng: m'O2ntpI2li;3)
Grenoble              [[gr@n'oUb@l]]                # gruh-NOH-bul (espeak-ng: gr'EnoUb@L)
Ajaccio               [[@dZ'atSoU]]                 # a-JATCH-oh (espeak-ng: adZ'aksI2;,oU)
Leuven                [[l'3:v@n]]                   # LUR-ven (espeak-ng: l'u:v@n)
Groningen             [[gr'oUnIN@n]]                # GROH-ning-en (espeak-ng: gr'oUnIndZ@n)
Davos                 [[d'A:voUs]]                  # DAH-vohss (espeak-ng: d'A:voUz)
Wiesbaden             [[v'i:sbA:d@n]]               # VEESS-bah-den (espeak-ng: w'i:sbad@n)
Aarhus                [['O@hu:s]]                   # OR-hoos (espeak-ng: 'A@h@s)
Tampere               [[t'A:mp@rE]]                 # TAHM-peh-reh (espeak-ng: t'amp3r,eI)
Pwllheli              [[pUTl'Eli]]                  # pooth-LEH-lee (espeak-ng: p,i:d,Vb@Lj,u:'Ell'Eli)
Llandudno             [[l@nd'IdnoU]]                # lan-DID-noh (espeak-ng: l#and'VdnoU)
Machynlleth           [[m@x'VnlET]]                 # ma-KHUN-leth (espeak-ng: m@k'Vnl#@T)
Gwynedd               [[gw'In@D]]                   # GWIN-eth (espeak-ng: gw'InEd)
Powys                 [[p'aUIs]]                    # POW-iss (espeak-ng: p'aUiz)
Ceredigion            [[k,ErEd'Igi0n]]              # keh-reh-DIG-ee-on (espeak-ng: s'ErI2d,IdZ@n)
Bicester              [[b'Ist3]]                    # BISS-ter (espeak-ng: baIs'Est3)
Woolwich              [[w'UlItS]]                   # WOOL-itch (espeak-ng: w'UlwItS)
Marylebone            [[m'A:l@b@n]]                 # MAR-luh-bun (espeak-ng: m'e@raIlb,oUn)
Holborn               [[h'oUb@n]]                   # HOH-bun (espeak-ng: h'0lbO@n)
Alnwick               [['anIk]]                     # AN-ik (espeak-ng: a#lnw'Ik)
Towcester             [[t'oUst3]]                   # TOH-ster (espeak-ng: t'oUsEst3)
Dulwich               [[d'VlIdZ]]                   # DULL-ij (espeak-ng: d'VlwItS)
Streatham             [[str'Et@m]]                  # STRET-um (espeak-ng: str'i:Tam)
Ruislip               [[r'aIslIp]]                  # RYE-slip (espeak-ng: r'u:I2sl,Ip)
Kirkcudbright         [[k3:k'u:bri]]                # kur-KOO-bree (espeak-ng: k'3:kk@dbr,aIt)
Milngavie             [[m@lg'aI]]                   # mul-GUY (espeak-ng: m'IlNgeIvi)
Cobh                  [[k'oUv]]                     # COVE (espeak-ng: k'0b)
Youghal               [[j'O:l]]                     # YAWL (espeak-ng: j'oU@L)
Drogheda              [[dr'0h@d@]]                  # DROH-huh-da (espeak-ng: dr'0ghEd@)
Portlaoise            [[pO@tl'i:S]]                 # port-LEESH (espeak-ng: p'o@tli:S@)
Willamette            [[wIl'am@t]]                  # wil-AM-et (espeak-ng: w,Ila#m'Et)
Puyallup              [[pju:'al@p]]                 # pyoo-AL-up (espeak-ng: p'aIa#l,Vp)
Natchitoches          [[n'ak@tIS]]                  # NACK-uh-tish (espeak-ng: n'atSI2t,0tSI#z)
Chautauqua            [[S@t'O:kw@]]                 # shuh-TAW-kwa (espeak-ng: tS'O:t#O:kw@)
Mackinac              [[m'ak@nO:]]                  # MACK-in-aw (espeak-ng: m'akI2n,ak)
Haleakala             [[h,A:leI,A:k@l'A:]]          # hah-lay-ah-ka-LAH (espeak-ng: h,eIla#k'A:l@)
Utqiagvik             [[u:tki'A:gvIk]]              # oot-kee-AHG-vik (espeak-ng: 'VtkI2;,agvIk)
Wenatchee             [[w@n'atSi]]                  # wuh-NATCH-ee (espeak-ng: w'Ena#tS,i:)
Tehachapi             [[t@h'atS@pi]]                # tuh-HATCH-uh-pee (espeak-ng: t'Eha#tS,api)
Bexar                 [[b'e@]]                      # BEAR (espeak-ng: bI#ks'A@)
Boerne                [[b'3:ni]]                    # BUR-nee (espeak-ng: b'oU3n)
Ojai                  [['oUhaI]]                    # OH-hi (espeak-ng: '0dZaI)
Kankakee              [[k,aNk@k'i:]]                # kang-kuh-KEE (espeak-ng: k'aNka#k,i:)
Dubuque               [[d@bj'u:k]]                  # duh-BYOOK (espeak-ng: d'u:bju:k)
Oconomowoc            [[oUk'0n@m@w0k]]              # oh-KON-uh-muh-wok (espeak-ng: '0k@n,0moU,0k)
Wausau                [[w'O:sO:]]                   # WAW-saw (espeak-ng: w'O:saU)
Sheboygan             [[S@b'OIg@n]]                 # shuh-BOY-gun (espeak-ng: S'EbOIg@n)
Tchoupitoulas         [[tS,0p@t'u:l@s]]             # chop-uh-TOO-lus (espeak-ng: t'i:tS'u:pI2t,u:l@z)
Terrebonne            [[t'Er@boUn]]                 # TERR-uh-bohn (espeak-ng: t'ErI2b,0n)
Plaquemines           [[pl'ak@mInz]]                # PLACK-uh-minz (espeak-ng: pl'akwI2m,aInz)
Thibodaux             [[t'Ib@doU]]                  # TIB-uh-doh (espeak-ng: T'Ib@d,O:ks)
Opelousas             [[,0p@l'u:s@s]]               # op-uh-LOO-sus (espeak-ng: 'oUplaUs@z)
Okeechobee            [[,oUkitS'oUbi]]              # oh-kee-CHOH-bee (espeak-ng: 'oUkI2tS,oUbi:)
Saguenay              [[s'ag@neI]]                  # SAG-uh-nay (espeak-ng: s'eIgneI)
Chicoutimi            [[SIk'u:tImi]]                # shih-KOO-tih-mee (espeak-ng: tS'IkaUt,Imi)
Longueuil             [[l0Ng'eIl]]                  # long-GAYL (espeak-ng: l'O2Nju:,Il)
Nanaimo               [[n@n'aImoU]]                 # na-NYE-moh (espeak-ng: nan'eImoU)
Kelowna               [[k@l'oUn@]]                  # kuh-LOH-na (espeak-ng: k'EloUn@)
Coquitlam             [[koUkw'Itl@m]]               # koh-KWIT-lum (espeak-ng: k'0kwI2tl,am)
Gananoque             [[g,an@n'0kweI]]              # gan-an-OCK-way (espeak-ng: g'ana#n,oUk)
Shubenacadie          [[S,u:b@n'ak@di]]             # shoo-ben-ACK-a-dee (espeak-ng: Sj'u:b@n,akeIdi)
Miramichi             [[m,Ir@mIS'i:]]               # meer-a-mih-SHEE (espeak-ng: m,3:ra#m'ItSi)
Haudenosaunee         [[h,oUdEn@S'oUni]]            # hoh-deh-noh-SHOH-nee (espeak-ng: h'O:d@n,0s@n,i:)
Anishinaabe           [[@n,ISIn'A:beI]]             # a-nish-ih-NAH-bay (espeak-ng: 'anI2S,InA:b)
Kahnawake             [[g,A:n@w'A:geI]]             # gah-nah-WAH-gay (espeak-ng: k'A:na#w,eIk)
Akwesasne             [[,akw@s'asneI]]              # ak-weh-SASS-nay (espeak-ng: 'akwI2s,asni)
Gympie                [[g'Impi]]                    # GIM-pee (espeak-ng: dZ'ImpaI)
Maroochydore          [[m@r'u:tSid,O@]]             # ma-ROO-chee-dor (espeak-ng: m'aru:tS,Ido@)
Kalgoorlie            [[kalg'U@li]]                 # kal-GOOR-lee (espeak-ng: k'algU@li)
Woolloomooloo         [[w,Ul@m@l'u:]]               # wool-uh-muh-LOO (espeak-ng: w'Ulu:m,u:lu:)
Cronulla              [[kr@n'Vl@]]                  # kruh-NULL-a (espeak-ng: kr'0nVl@)
Murrumbidgee          [[m,Vr@mb'IdZi]]              # murr-um-BIDGE-ee (espeak-ng: m'3:r@mb,IdZ)
Whangarei             [[f,aN@r'eI]]                 # fang-uh-RAY (espeak-ng: w'aNge@ri)
Whanganui             [[f,aN@n'u:i]]                # fang-uh-NOO-ee (espeak-ng: w'aNga#n,u:i)
Rotorua               [[r,oUt@r'u:@]]               # roh-tuh-ROO-a (espeak-ng: roUt'o@rju:@)
Kaikoura              [[kaIk'U@r@]]                 # kye-KOOR-a (espeak-ng: k'aIku:r@)
Whakatane             [[f,A:k@t'A:nE]]              # fah-ka-TAH-neh (espeak-ng: w'aka#t,eIn)
Visakhapatnam         [[vIS,A:k@p'Vtn@m]]           # vih-shah-ka-PUT-num (espeak-ng: v'Isa#kha#p,Vtn@m)
Bhubaneswar           [[b,u:b@n'ESw@]]              # boo-ba-NESH-wur (espeak-ng: b,Uba#n'eISw3)
Puducherry            [[p,u:du:tS'Eri]]             # poo-doo-CHEH-ree (espeak-ng: p'Udu:tS,Eri)
Coimbatore            [[k,OIm@b@t'O@]]              # koym-buh-TOR (espeak-ng: k'oUj@mbUt,U@)
Mysuru                [[m'aIsu:ru:]]                # MY-soo-roo (espeak-ng: m'aIs3r-,u:)
Udaipur               [[u:d'aIpU@]]                 # oo-DYE-poor (espeak-ng: j'u:deIp,U@)
Meghalaya             [[meIg'A:l@j@]]               # may-GAH-la-ya (espeak-ng: m,eIg@l'aI@)

# Companies, brands and news organisations
Douyin                [[d'oUjIn]]                   # DOH-yin (espeak-ng: d'aUjIn)
Pinduoduo             [[p,Indw0dw'0]]               # pin-dwoh-DWOH (espeak-ng: p'Indju:,0dju:,oU)
Meituan               [[meItw'A:n]]                 # may-TWAHN (espeak-ng: m'eIt#u:@n)
Daihatsu              [[daIh'atsu:]]                # dye-HAT-soo (espeak-ng: deIh'atsu:)
Shiseido              [[SIs'eIdoU]]                 # shih-SAY-doh (espeak-ng: SaIs'i:doU)
Suntory               [[s@nt'O@ri]]                 # sun-TOR-ee (espeak-ng: s'Vnt3ri)
Mizuho                [[mIz'u:hoU]]                 # mih-ZOO-hoh (espeak-ng: mIzj'u:hoU)
Keidanren             [[keId'A:nrEn]]               # kay-DAHN-ren (espeak-ng: k'eIdanr@n)
Rakuten               [[r'A:ku:tEn]]                # RAH-koo-ten (espeak-ng: r'akju:?,n-)
chaebol               [[dZ'eIb0l]]                  # JAY-bol (espeak-ng: k'i:b0l)
Hanwha                [[h'A:nwA:]]                  # HAHN-wah (espeak-ng: h'anw@)
Paytm                 [[p'eIti:,Em]]                # PAY-tee-em (espeak-ng: p'eIt#@m)
Citroen               [[s'ItroU@n]]                 # SIT-roh-en (espeak-ng: s'ItroUn)
Citroën               [[s'ItroU@n]]                 # SIT-roh-en (espeak-ng: s'Itr@,En)
Piaggio               [[pj'A:dZoU]]                 # PYAH-joh (espeak-ng: p'aI@gI2;,oU)
Zegna                 [[z'Enj@]]                    # ZEN-ya (espeak-ng: z'Egn@)
Bottega               [[b0t'eIg@]]                  # boh-TAY-ga (espeak-ng: b'0t#Eg@)
Moncler               [[m0nkl'e@]]                  # mon-KLAIR (espeak-ng: m'O2Nkl3)
Louboutin             [[l,u:bu:t'an]]               # loo-boo-TAN (espeak-ng: l'aUbaUt,In)
Lancome               [[lA:nk'oUm]]                 # lahn-KOHM (espeak-ng: l'aaNkVm)
Lancôme               [[lA:nk'oUm]]                 # lahn-KOHM (espeak-ng: l'aaNkVm)
Auchan                [[oUS'A:n]]                   # oh-SHAHN (espeak-ng: O:x'an)
Pinault               [[pi:n'oU]]                   # pee-NOH (espeak-ng: p'InO2lt)
Bouygues              [[bw'i:g]]                    # BWEEG (espeak-ng: b'aUIgz)
Vivendi               [[vIv'Endi]]                  # vih-VEN-dee (espeak-ng: vaIv'Endi)
Bollore               [[b,0l0r'eI]]                 # bol-oh-RAY (espeak-ng: b'0lo@)
Bolloré               [[b,0l0r'eI]]                 # bol-oh-RAY (espeak-ng: b,0lo@r'eI)
Engie                 [[A:nZ'i:]]                   # ahn-ZHEE (espeak-ng: EndZ'aI)
Safran                [[s@fr'A:n]]                  # sa-FRAHN (espeak-ng: s'afr@n)
Dassault              [[d@s'oU]]                    # da-SOH (espeak-ng: d'asO2lt)
Capgemini             [[k,apZEmIn'i:]]              # kap-zheh-mih-NEE (espeak-ng: k,apdZI2m'i:ni)
Publicis              [[p,u:blIs'i:s]]              # poob-lih-SEESS (espeak-ng: p'VblI2s,Is)
Natixis               [[n,atIks'i:s]]               # na-tik-SEESS (espeak-ng: nat'IksIs)
Beiersdorf            [[b'aI3zdO@f]]                # BYE-erz-dorf (espeak-ng: b'eI3sd,o@f)
Thyssenkrupp          [[t'Is@nkrUp]]                # TISS-en-kroop (espeak-ng: T'Is@Nkr,Vp)
Boehringer            [[b'3:rIN3]]                  # BUR-ring-er (espeak-ng: b'oUhrIN3)
Ingelheim             [['IN@lhaIm]]                 # ING-el-hime (espeak-ng: IndZ'ElhaIm)
Hapag-Lloyd           [[h'A:pA:g l'OId]]            # HAH-pahg LOYD (espeak-ng: h'apagl'OId)
Orsted                [['3:st@d]]                   # UR-sted (espeak-ng: 'O@stI#d)
Ørsted                [['3:st@d]]                   # UR-sted (espeak-ng: 'O@stI#d)
Wartsila              [[v'A@tsIl@]]                 # VART-sih-la (espeak-ng: wO@ts'Il@)
Adyen                 [['adj@n]]                    # AD-yen (espeak-ng: a#dI2;'En)
Anheuser-Busch        [['anhaIz3 b'US]]             # AN-hy-zer BUSH (espeak-ng: 'anhju:s3b'VS)
Givaudan              [[Z,i:voUd'A:n]]              # zhee-voh-DAHN (espeak-ng: dZ'IvO:d@n)
Richemont             [[r'i:Sm0n]]                  # REESH-mon (espeak-ng: r'Iki:m,O2nt)
Rosatom               [[r,0s@t'0m]]                 # ross-a-TOM (espeak-ng: r'0sat#@m)
Dupixent              [[du:p'IksEnt]]               # doo-PIX-ent (espeak-ng: d'u:pIks@nt)
Haagen-Dazs           [[h'A:g@nd,A:z]]              # HAH-gen-dahz (espeak-ng: h'A:dZ@nd'azz)
Häagen-Dazs           [[h'A:g@nd,A:z]]              # HAH-gen-dahz (espeak-ng: h'E@dZ@nd'azz)
Ynet                  [[w'aInEt]]                   # WHY-net (espeak-ng: 'VnI2t)
Maariv                [[m@'A:rIv]]                  # ma-AH-riv (espeak-ng: m'A@rIv)
Zeitung               [[ts'aItUN]]                  # TSY-toong (espeak-ng: z'aIt#VN)
Allgemeine            [['alg@maIn@]]                # AL-guh-my-nuh (espeak-ng: 'alg@m,aIm@)
Repubblica            [[rEp'u:blIk@]]               # reh-POOB-lih-ka (espeak-ng: rI#p'VblIk@)
Mainichi              [[m'aInitSi]]                 # MY-nee-chee (espeak-ng: meIn'ISi)
Hankyoreh             [[h,A:ngj'Vr@]]               # hahn-GYUH-reh (espeak-ng: h'aNkaI,oUreI)
Meduza                [[mEd'u:z@]]                  # meh-DOO-za (espeak-ng: m'EdZu:z@)
Kommersant            [[k,0m3s'ant]]                # kom-mer-SANT (espeak-ng: k'0m3s@nt)
Ukrinform             [[u:kr'InfO@m]]               # oo-KRIN-form (espeak-ng: 'VkrI2nf,O@m)
Anadolu               [[@n'A:doUlu:]]               # a-NAH-doh-loo (espeak-ng: 'ana#d,0lu:)
Hurriyet              [[h,Urij'Et]]                 # hoo-ree-YET (espeak-ng: h'3:rIjI2t)
Tagesschau            [[t'A:g@sSaU]]                # TAH-gess-show (espeak-ng: t'eIdZI2S,aU)
Mediaset              [[m'Edj@sEt]]                 # MED-ya-set (espeak-ng: m'i:di:;@s,Et)
Semafor               [[s'Em@fO@]]                  # SEM-a-for (espeak-ng: s'Emaf3)
Mediapart             [[m,Edj@p'A@]]                # med-ya-PAR (espeak-ng: m'i:di:;@p,A@t)
Wyborcza              [[vIb'O@tS@]]                 # vih-BOR-cha (espeak-ng: w'aIbo@kz@)
Rzeczpospolita        [[Z,EtSp0sp0l'i:t@]]          # zhech-pos-po-LEE-ta (espeak-ng: 'A@z,Ekzp@sp@l'i:t#@)

# Sports: players, coaches, venues
Maresca               [[m@r'Esk@]]                  # ma-RESS-ka (espeak-ng: m'e@sk@)
Amorim                [[,am@r'i:m]]                 # a-muh-REEM (espeak-ng: 'amo@rI2m)
Iraola                [[,Ir@'oUl@]]                 # ih-ra-OH-la (espeak-ng: I2r'eI0l@)
Lopetegui             [[l,oUp@t'Egi]]               # loh-peh-TEG-ee (espeak-ng: l'oUptEgwi)
Inzaghi               [[Ints'A:gi]]                 # in-TSAH-ghee (espeak-ng: Inz'aghaI)
Gravenberch           [[gr'A:v@nb3k]]               # GRAH-ven-berk (espeak-ng: gr'eIv@nb3tS)
Konate                [[k,0n@t'eI]]                 # ko-na-TAY (espeak-ng: k'0neIt)
Konaté                [[k,0n@t'eI]]                 # ko-na-TAY (espeak-ng: k,0na#t'eI)
Wirtz                 [[v'i@ts]]                    # VEERTS (espeak-ng: w'3:ts)
Ekitike               [[,Ekitik'eI]]                # eh-kee-tee-KAY (espeak-ng: 'EkI2t,aIk)
Ekitiké               [[,Ekitik'eI]]                # eh-kee-tee-KAY (espeak-ng: ,EkI2t#I2k'eI)
Guimaraes             [[g,Im@r'aIS]]                # gih-ma-RYESH (espeak-ng: g'Ima#r,i:z)
Havertz               [[h'A:v3ts]]                  # HAH-verts (espeak-ng: h'av3:ts)
Zubimendi             [[z,u:bIm'Endi]]              # zoo-bih-MEN-dee (espeak-ng: zj,u:baIm'Endi)
Mbeumo                [[@mb'3:moU]]                 # um-BUR-moh (espeak-ng: 'Embj'u:moU)
Sesko                 [[S'ESkoU]]                   # SHESH-koh (espeak-ng: s'EskoU)
Hojlund               [[h'OIl@nd]]                  # HOY-lund (espeak-ng: h'0dZlVnd)
Højlund               [[h'OIl@nd]]                  # HOY-lund (espeak-ng: h'0dZlVnd)
Mazraoui              [[m,azr@'u:i]]                # maz-ra-OO-ee (espeak-ng: m'azreI,0ju:i)
Zirkzee               [[z'3:kzeI]]                  # ZIRK-zay (espeak-ng: z'3:kzi:)
Ugarte                [[u:g'A@teI]]                 # oo-GAR-tay (espeak-ng: j'u:gA@t)
Casemiro              [[k,az@m'i@roU]]              # ka-zeh-MEER-oh (espeak-ng: keIsm'i@roU)
Kovacic               [[k'oUv@tSItS]]               # KOH-va-chich (espeak-ng: k@v'asIk)
Akanji                [[@k'andZi]]                  # a-KAN-jee (espeak-ng: 'akandZi)
Goretzka              [[g@r'Etsk@]]                 # go-RETS-ka (espeak-ng: g'o@rEtsk@)
Gnabry                [[gn'A:bri]]                  # guh-NAH-bree (espeak-ng: n'abri)
Upamecano             [[,u:p@m@k'A:noU]]            # oo-pa-meh-KAH-noh (espeak-ng: j,u:peImk'A:noU)
Kounde                [[ku:nd'eI]]                  # koon-DAY (espeak-ng: k'u:nd)
Cubarsi               [[k,u:bA@s'i:]]               # koo-bar-SEE (espeak-ng: kj'u:bA@si)
Camavinga             [[k,am@v'INg@]]               # ka-ma-VIN-ga (espeak-ng: k'ama#v,INg@)
Courtois              [[ku:@tw'A:]]                 # koor-TWAH (espeak-ng: k'o@twA:)
Militao               [[m,Ilit'aU]]                 # mih-lee-TOW (espeak-ng: m'IlI2t,aU)
Rodrygo               [[hoUdr'i:goU]]               # hoh-DREE-goh (espeak-ng: r@dr'IgoU)
Oblak                 [['0blak]]                    # OB-lak (espeak-ng: @bl'ak)
Marquinhos            [[mA@k'i:njoUs]]              # mar-KEEN-yohss (espeak-ng: mA@kw'InhoUz)
Calhanoglu            [[tS,alh'A:noUlu:]]           # chal-HAH-noh-loo (espeak-ng: k'alha#n,0glu:)
Vlahovic              [[vl'A:hoUvItS]]              # VLAH-hoh-vich (espeak-ng: vlah'0vIk)
Dybala                [[dIb'A:l@]]                  # dih-BAH-la (espeak-ng: daIb'A:l@)
Aguero                [[@gw'e@roU]]                 # a-GWAIR-oh (espeak-ng: 'eIgroU)
Agüero                [[@gw'e@roU]]                 # a-GWAIR-oh (espeak-ng: ,agu:'e@roU)
Higuain               [[Igw'aIn]]                   # ih-GWINE (espeak-ng: h'Igju:,eIn)
Giroud                [[ZIr'u:]]                    # zhih-ROO (espeak-ng: dZ'aIraUd)
Thuram                [[tu:r'A:m]]                  # too-RAHM (espeak-ng: Tj'U@ram)
Cancelo               [[kans'EloU]]                 # kan-SELL-oh (espeak-ng: kans'i:loU)
Guirassy              [[gIr'asi]]                   # gih-RASS-ee (espeak-ng: g'3:rasi)
Heung-min             [[h,VNm'In]]                  # hung-MIN (espeak-ng: hj'u:Nm'In)
Mitoma                [[mIt'oUm@]]                  # mih-TOH-ma (espeak-ng: maIt'oUm@)
Bissouma              [[bIs'u:m@]]                  # bih-SOO-ma (espeak-ng: b'IsaUm@)
Nketiah               [[@nk'Eti@]]                  # en-KET-ee-a (espeak-ng: 'ENkES'aI@)
Iwobi                 [[i:w'oUbi]]                  # ee-WOH-bee (espeak-ng: 'i:w'oUbaI)
Ndidi                 [[@nd'i:di]]                  # en-DEE-dee (espeak-ng: 'End'Idi)
Chukwueze             [[tSu:kw'EzeI]]               # chook-WEH-zay (espeak-ng: tS'Vkwju:z)
Okocha                [[oUk'oUtS@]]                 # oh-KOH-cha (espeak-ng: '0k0tS@)
Adebayor              [[,ad@b'eIO@]]                # ad-uh-BAY-or (espeak-ng: a#d'EbeI3)
Koulibaly             [[k,u:lIb'A:li]]              # koo-lih-BAH-lee (espeak-ng: ku:l'i:b@li)
Ziyech                [[zi:j'ES]]                   # zee-YESH (espeak-ng: z'IjEtS)
Kudus                 [[k'u:d@s]]                   # KOO-dus (espeak-ng: kj'u:d@s)
Partey                [[p'A@teI]]                   # PAR-tay (espeak-ng: p'A@t#i)
Szczesny              [[StS'ESni]]                  # SHCHESH-nee (espeak-ng: S'Esni)
Szczęsny              [[StS'ESni]]                  # SHCHESH-nee (espeak-ng: S'Esni)
Perisic               [[p'ErISItS]]                 # PEH-rih-shich (espeak-ng: pEr'IzIk)
Brozovic              [[br'0z@vItS]]                # BRO-zuh-vich (espeak-ng: br@z'0vIk)
Kramaric              [[kr'am@ritS]]                # KRAM-a-rich (espeak-ng: kr'am3r,Ik)
Livakovic             [[l'i:v@k@vItS]]              # LEE-va-kuh-vich (espeak-ng: l,Iva#k'0vIk)
Rakitic               [[r'A:kItItS]]                # RAH-kih-tich (espeak-ng: rak'It#Ik)
Mandzukic             [[m'andZu:kItS]]              # MAN-joo-kich (espeak-ng: mandzj'u:kIk)
Dzeko                 [[dZ'EkoU]]                   # JEH-koh (espeak-ng: d'i:z'i:koU)
Pjanic                [[pj'A:nItS]]                 # PYAH-nich (espeak-ng: p'i:dZ'anIk)
Mitrovic              [[m'i:tr@vItS]]               # MEE-truh-vich (espeak-ng: mItr'0vIk)
Tadic                 [[t'A:dItS]]                  # TAH-dich (espeak-ng: t'adIk)
Arnautovic            [[A@n'aUt@vItS]]              # ar-NOW-tuh-vich (espeak-ng: ,A@n@t'0vIk)
Mamardashvili         [[m,am@d'aSvIli]]             # ma-mar-DASH-vee-lee (espeak-ng: m'amA@d,aSvIli)
Dovbyk                [[d0vb'Ik]]                   # dov-BIK (espeak-ng: d'0vbIk)
Mudryk                [[m'u:drIk]]                  # MOO-drik (espeak-ng: m'VdrIk)
Hojbjerg              [[h'OIbjE@]]                  # HOY-byair (espeak-ng: h'0dZbdZ3:g)
Højbjerg              [[h'OIbjE@]]                  # HOY-byair (espeak-ng: h'0dZbdZ3:g)
Sorloth               [[s'3:l0t]]                   # SUR-lot (espeak-ng: s'o@l0T)
Soucek                [[S'oUtSEk]]                  # SHOH-chek (espeak-ng: s'aUsEk)
Souček                [[S'oUtSEk]]                  # SHOH-chek (espeak-ng: s'aUtSEk)
Hamsik                [[h'amSi:k]]                  # HAM-sheek (espeak-ng: h'amzIk)
Puskas                [[p'USkaS]]                   # POOSH-kahsh (espeak-ng: p'Vsk@z)
Stoichkov             [[st'OItSk0f]]                # STOYCH-kof (espeak-ng: st'oUI2tSk,0v)
Khachanov             [[k@tS'A:n@f]]                # ka-CHAH-nof (espeak-ng: k'A:tSa#n,0v)
Hurkacz               [[h'U@katS]]                  # HOOR-kach (espeak-ng: h'3:kakz)
Vondrousova           [[v'0ndroUs@v@]]              # VON-droh-suh-va (espeak-ng: v,0ndraUs'oUv@)
Krejcikova            [[kr'eItSIk@v@]]              # KRAY-chih-kuh-va (espeak-ng: kr,EdZsI2k'oUv@)
Muchova               [[m'u:x@v@]]                  # MOO-khuh-va (espeak-ng: mVtS'oUv@)
Kvitova               [[kv'i:t@v@]]                 # KVEE-tuh-va (espeak-ng: k'eIvIt'oUv@)
Pliskova              [[pl'i:Sk@v@]]                # PLEESH-kuh-va (espeak-ng: plIsk'oUv@)
Ostapenko             [[,0st@p'EnkoU]]              # oss-ta-PEN-koh (espeak-ng: 0st'eIp@Nk,oU)
Andreeva              [[andr'eI@v@]]                # an-DRAY-uh-va (espeak-ng: 'andri:v@)
Qinwen                [[tSInw'En]]                  # chin-WEN (espeak-ng: k'Inw@n)
Halep                 [[h'al@p]]                    # HAL-ep (espeak-ng: h'eIl@p)
Svitolina             [[svIt'0lIn@]]                # svih-TOL-ih-na (espeak-ng: 'Esv,It#@l'i:n@)
Kostyuk               [[k0stj'u:k]]                 # koss-TYOOK (espeak-ng: k'0stI2;,Vk)
Yastremska            [[jastr'Emsk@]]               # yass-TREM-ska (espeak-ng: j'astrEmsk@)
Bencic                [[b'EntSItS]]                 # BEN-chich (espeak-ng: b'EnsIk)
Anisimova             [[,anIs'i:m@v@]]              # an-ih-SEE-muh-va (espeak-ng: 'anI2s,Imu:v@)
Dimitrov              [[dIm'i:tr0f]]                # dih-MEE-trof (espeak-ng: d'ImI2tr,0v)
Monfils               [[m0nf'i:s]]                  # mon-FEESS (espeak-ng: m'O2nfIlz)
Gasquet               [[gask'eI]]                   # gass-KAY (espeak-ng: g'askeI)
Musetti               [[mu:z'Eti]]                  # moo-ZET-ee (espeak-ng: mju:z'Et#i)
Fognini               [[f0nj'i:ni]]                 # fon-YEE-nee (espeak-ng: f@gn'i:ni)
Cobolli               [[k@b'0li]]                   # ko-BOL-ee (espeak-ng: k'0b0li)
Popyrin               [[p0p'i@rIn]]                 # po-PEER-in (espeak-ng: p'0pI2r,In)
Auger-Aliassime       [[oUZ'eI ,ali@s'i:m]]         # oh-ZHAY al-ee-a-SEEM (espeak-ng: 'O:g3r-'alI2;,asaIm)
Shapovalov            [[S,ap@v'A:l0f]]              # sha-puh-VAH-lof (espeak-ng: S'apu:v,alVv)
Raonic                [[r'A:oUnItS]]                # RAH-oh-nich (espeak-ng: reI'0nIk)
Andreescu             [[,andri'Esku:]]              # an-dree-ESS-koo (espeak-ng: 'andri:sk,u:)
Mensik                [[m'EnSIk]]                   # MEN-shik (espeak-ng: m'EnsIk)
Lehecka               [[l'EhEtSk@]]                 # LEH-hech-ka (espeak-ng: l'EhEk@)
Cerundolo             [[s@r'u:nd@loU]]              # seh-ROON-duh-loh (espeak-ng: s@r'Vnd@l,oU)
Thiem                 [[t'i:m]]                     # TEEM (espeak-ng: T'i:m)
Gasly                 [[gasl'i:]]                   # gass-LEE (espeak-ng: g'asli)
Ocon                  [[oUk'0n]]                    # oh-KON (espeak-ng: '0k@n)
Guanyu                [[gwA:nj'u:]]                 # gwahn-YOO (espeak-ng: gw'A:nI2;,u:)
Bortoleto             [[b,O@t@l'EtoU]]              # bor-tuh-LET-oh (espeak-ng: b,O@t#@l'i:t#oU)
Hadjar                [[adZ'A@]]                    # ad-JAR (espeak-ng: h'adZA@)
Vasseur               [[vas'3:]]                    # va-SUR (espeak-ng: vas'U@)
Binotto               [[bIn'0toU]]                  # bih-NOT-oh (espeak-ng: baIn'0t#oU)
Domenicali            [[d,0m@nIk'A:li]]             # dom-eh-nih-KAH-lee (espeak-ng: d'oUmnI2k'A:li)
Sulayem               [[su:l'eI@m]]                 # soo-LAY-em (espeak-ng: s'u:leI@m)
Imola                 [['i:m@l@]]                   # EE-muh-la (espeak-ng: Im'oUl@)
Francorchamps         [[fr,A:NkO@S'A:N]]            # frahn-kor-SHAHN (espeak-ng: fr'aaNko@tS,amps)
Suzuka                [[s'u:zu:k@]]                 # SOO-zoo-ka (espeak-ng: s'u:zju:k@)
Zandvoort             [[z'A:ntfo@t]]                # ZAHNT-fort (espeak-ng: z'andvo@t)
Interlagos            [[,Int3l'A:g@s]]              # in-ter-LAH-gus (espeak-ng: ,Int3l'eIg0s)
Sakhir                [[s@x'i@]]                    # sa-KHEER (espeak-ng: s'akhi@3)
Jadeja                [[dZ@d'EdZ@]]                 # ja-DEH-ja (espeak-ng: dZ'eIddZ@)
Siraj                 [[sIr'A:dZ]]                  # sih-RAHJ (espeak-ng: s'3:radZ)
Pandya                [[p'Vndj@]]                   # PUND-ya (espeak-ng: p'andI;@)
Suryakumar            [[s,u:rj@k'u:mA@]]            # soor-ya-KOO-mar (espeak-ng: s'3:rI2;,akju:m3)
Jaiswal               [[dZ'aIswA:l]]                # JICE-wahl (espeak-ng: dZ'eIsw@L)
Gambhir               [[g'Vmbi@]]                   # GUM-beer (espeak-ng: g'ambhi@3)
Dravid                [[dr'A:vId]]                  # DRAH-vid (espeak-ng: dr'avId)
Ganguly               [[g'A:Ngu:li]]                # GAHNG-goo-lee (espeak-ng: g'aNgju:li)
Kumble                [[k'UmbleI]]                  # KOOM-blay (espeak-ng: k'Vmb@L)
Gavaskar              [[g'A:v@skA@]]                # GAH-vuh-skar (espeak-ng: g'ava#sk,A@)
Harbhajan             [[h'3:b@dZ@n]]                # HUR-buh-jun (espeak-ng: h'A@bhadZ@n)
Chahal                [[tS@h'al]]                   # chuh-HAL (espeak-ng: tS'ah@L)
Rizwan                [[rIzw'A:n]]                  # riz-WAHN (espeak-ng: r'Izw@n)
Afridi                [[@fr'i:di]]                  # af-REE-dee (espeak-ng: afr'Idi)
Mushfiqur             [[mUSf'i:k3]]                 # moosh-FEE-kur (espeak-ng: m'VSfI2kw@3)
Sangakkara            [[s'VNg@k@r@]]                # SUNG-guh-kuh-ruh (espeak-ng: s,aNga#k'A@r@)
Jayawardene           [[dZ,aI@w'A@d@n@]]            # jye-uh-WAR-duh-nuh (espeak-ng: dZ'eIa#w,O@di:n)
Muralitharan          [[m,Ur@l'i:t@r@n]]            # moo-ruh-LEE-tuh-run (espeak-ng: mj'U@ra#l,ITar@n)
Malinga               [[m@l'INg@]]                  # muh-LING-ga (espeak-ng: m'eIlINg@)
Ngidi                 [[@Ng'i:di]]                  # en-GEE-dee (espeak-ng: @-NdZ'Idi)
Nortje                [[n'O@tjeI]]                  # NORT-yay (espeak-ng: n'O@tdZ)
Bashir                [[b@S'i@]]                    # ba-SHEER (espeak-ng: b'aSi@3)
Narine                [[n@r'i:n]]                   # na-REEN (espeak-ng: n'A@ri:n)
Chanderpaul           [[tS'Vnd3pO:l]]               # CHUN-der-paul (espeak-ng: S'and3p,O:l)
Jayasuriya            [[dZ,aI@s'u:rij@]]            # jye-uh-SOO-ree-ya (espeak-ng: dZ'eIa#s,3:rIj@)
Wankhede              [[wA:nk'EdeI]]                # wahn-KHEH-day (espeak-ng: w'aNkhEd)
Chepauk               [[tSEp'O:k]]                  # cheh-PAWK (espeak-ng: tS'EpO:k)
Chinnaswamy           [[tS,In@sw'A:mi]]             # chin-na-SWAH-mee (espeak-ng: tS'Ina#sw,0mi)
Aberg                 [['oUb3:g]]                   # OH-berg (espeak-ng: a#b'3:g)
Åberg                 [['oUb3:g]]                   # OH-berg (espeak-ng: a#b'3:g)
Hovland               [[h'oUvl@nd]]                 # HOHV-land (espeak-ng: h'0vl@nd)
Schauffele            [[S'aUf@li]]                  # SHOW-fuh-lee (espeak-ng: S'O:fEl)
DeChambeau            [[d'ES@mboU]]                 # DESH-um-boh (espeak-ng: d@ tS'eImboU)
Koepka                [[k'Epk@]]                    # KEP-ka (espeak-ng: k'oUpk@)
Olazabal              [[,oUl@T@b'A:l]]              # oh-la-tha-BAHL (espeak-ng: '0la#z,ab@L)
Kaymer                [[k'aIm3]]                    # KYE-mer (espeak-ng: k'eIm3)
Oosthuizen            [[w'Usth,eIz@n]]              # WUST-hay-zen (espeak-ng: 'u:sTju:,Iz@n)
Immelman              [['Im@lm@n]]                  # IM-el-man (espeak-ng: Im'Elm@n)
Thitikul              [[t,i:tik'u:n]]               # tee-tee-KOON (espeak-ng: T'It#I2k,Vl)
Jutanugarn            [[dZ,u:t@n'u:gA:n]]           # joo-ta-NOO-gahn (espeak-ng: dZ'u:ta#n,u:gA@n)
Carnoustie            [[kA@n'u:sti]]                # kar-NOO-stee (espeak-ng: k'A@naUsti)
Panarin               [[p@n'A@rIn]]                 # puh-NAR-in (espeak-ng: p'an3r,In)
Shesterkin            [[S@st'3:kIn]]                # shuh-STER-kin (espeak-ng: S'Est3k,In)
Tarasenko             [[t,ar@s'EnkoU]]              # ta-ra-SEN-koh (espeak-ng: t'ar@s@Nk,oU)
Kuznetsov             [[k,u:znEts'0f]]              # kooz-net-SOFF (espeak-ng: k'VznI2ts,0v)
Kovalchuk             [[k,oUv@ltS'u:k]]             # koh-val-CHOOK (espeak-ng: k'oUva#ltS,Vk)
Stutzle               [[St'Uts@l]]                  # SHTOOTS-ul (espeak-ng: st'Vts@L)
Stützle               [[St'Uts@l]]                  # SHTOOTS-ul (espeak-ng: st'u:ts@L)
Dahlin                [[dA:l'i:n]]                  # dah-LEEN (espeak-ng: d'A:lIn)
Zibanejad             [[z'Ib@n@dZad]]               # ZIB-uh-nuh-jad (espeak-ng: z'IbeIndZ,ad)
Niederreiter          [[n'i:d3raIt3]]               # NEE-der-rye-ter (espeak-ng: n'i:dI2r,eIt#3)
Necas                 [[n'EtSas]]                   # NEH-chahss (espeak-ng: n'Ek@z)
Nečas                 [[n'EtSas]]                   # NEH-chahss (espeak-ng: n'EtS@z)
Jágr                  [[j'A:g3]]                    # YAH-ger (espeak-ng: dZ'A:g3)
Hasek                 [[h'aSEk]]                    # HASH-ek (espeak-ng: h'eIs@k)
Hašek                 [[h'aSEk]]                    # HASH-ek (espeak-ng: h'eIS@k)
Rantanen              [[r'ant@n@n]]                 # RAN-tuh-nen (espeak-ng: r'aanteIn@n)
Lehkonen              [[l'Ek@n@n]]                  # LEK-uh-nen (espeak-ng: l'eIkoUn@n)
Saros                 [[s'A:r0s]]                   # SAH-ross (espeak-ng: s'aroUz)
Teravainen            [[t'Er@vaIn@n]]               # TERR-uh-vye-nen (espeak-ng: t'Er@v,eIn@n)
Selanne               [[s'El@neI]]                  # SEL-uh-nay (espeak-ng: s'Elan)
Selänne               [[s'El@neI]]                  # SEL-uh-nay (espeak-ng: s'ElEn)
Ristolainen           [[r'Ist@laIn@n]]              # RISS-tuh-lye-nen (espeak-ng: r'Ist@l,eIn@n)
Heiskanen             [[h'eIsk@n@n]]                # HAY-skuh-nen (espeak-ng: h'aIskeIn@n)
Kotkaniemi            [[k'0tk@niEmi]]               # KOT-ka-nee-em-ee (espeak-ng: k'0tka#n,Imi)
Pietrangelo           [[p,i:tr'andZ@loU]]           # pee-TRAN-juh-loh (espeak-ng: p,aI@treIndZ'i:loU)
Nylander              [[n'i:l@nd3]]                 # NEE-lan-der (espeak-ng: n'aIland3)
Scheifele             [[S'aIf@li]]                  # SHY-fuh-lee (espeak-ng: S'eIfEl)
Lafreniere            [[l,afr@nj'e@]]               # la-fren-YAIR (espeak-ng: l,afr@ni;'e@)
Lafrenière            [[l,afr@nj'e@]]               # la-fren-YAIR (espeak-ng: l,afr@ni;'e@)
Caufield              [[k'oUfi:ld]]                 # KOH-feeld (espeak-ng: k'O:fi:ld)
Ullmark               [['u:lmA@k]]                  # OOL-mark (espeak-ng: 'VlmA@k)
Marchessault          [[m,A@S@s'oU]]                # mar-shuh-SOH (espeak-ng: m'A@tSI2s,O2lt)
Kuemper               [[k'Emp3]]                    # KEMP-er (espeak-ng: kj'u:mp3)
Yzerman               [['aIz3m@n]]                  # EYE-zer-man (espeak-ng: 'Iz3m@n)
Brodeur               [[br@d'U@]]                   # bruh-DOOR (espeak-ng: br'oUd3:)
Sergachev             [[s3g'A:tS@f]]                # ser-GAH-chef (espeak-ng: s'3:ga#S,Ev)
Valanciunas           [[v,al@ntS'u:n@s]]            # val-un-CHOO-nus (espeak-ng: v,ala#nsI2;'u:n@z)
Markkanen             [[m'A@k@n@n]]                 # MAR-kuh-nen (espeak-ng: m'A@keIn@n)
Siakam                [[s'i:@kam]]                  # SEE-uh-kam (espeak-ng: s'aI@k,am)
Bogdanovic            [[b0gd'an@vItS]]              # bog-DAN-uh-vich (espeak-ng: b,0gda#n'0vIk)
Nurkic                [[n'3:kItS]]                  # NUR-kich (espeak-ng: n'3:kIk)
Vucevic               [[v'u:tS@vItS]]               # VOO-chuh-vich (espeak-ng: vju:s'EvIk)
Sengun                [[S'Engu:n]]                  # SHEN-goon (espeak-ng: s'ENgVn)
Şengün                [[S'Engu:n]]                  # SHEN-goon (espeak-ng: S'ENgu:n)
Kuminga               [[ku:m'INg@]]                 # koo-MING-ga (espeak-ng: kj'u:mINg@)
Okongwu               [[oUk'0Ngwu:]]                # oh-KONG-woo (espeak-ng: '0k@Nw,u:)
Ibaka                 [[Ib'A:k@]]                   # ih-BAH-ka (espeak-ng: aIb'A:k@)
Achiuwa               [[@tS'u:w@]]                  # a-CHOO-wa (espeak-ng: a#tS'Iju:w@)
Adebayo               [[,ad@b'aIoU]]                # ad-uh-BYE-oh (espeak-ng: a#d'EbeI,oU)
Dosunmu               [[doUs'u:nmu:]]               # doh-SOON-moo (espeak-ng: d'0s@nm,u:)
Anunoby               [[@n'u:n@bi]]                 # a-NOO-nuh-bee (espeak-ng: 'an@n,oUbi)
Sochan                [[s'oUhan]]                   # SOH-han (espeak-ng: s'0tS@n)
Hachimura             [[h,A:tSim'u:r@]]             # hah-chee-MOO-ra (espeak-ng: h,atSI2mj'U@r@)
Yabusele              [[j,A:bu:s'EleI]]             # yah-boo-SEL-ay (espeak-ng: j'abju:s,El)
Risacher              [[r,i:s@S'eI]]                # ree-sa-SHAY (espeak-ng: r'IsaS3)
Coulibaly             [[k,u:lIb'A:li]]              # koo-lih-BAH-lee (espeak-ng: ku:l'i:b@li)
Tshiebwe              [[tS'EbweI]]                  # CHEB-way (espeak-ng: t'i:S'i:bwi)
Poeltl                [[p'3:lt@l]]                  # PURL-tul (espeak-ng: p'oUlt@L)
Pöltl                 [[p'3:lt@l]]                  # PURL-tul (espeak-ng: p'3:lt@L)
Schroder              [[Sr'3:d3]]                   # SHRUR-der (espeak-ng: Sr'oUd3)
Kukoc                 [[k'u:koUtS]]                 # KOO-kohch (espeak-ng: kj'u:k0k)
Divac                 [[d'i:vats]]                  # DEE-vahts (espeak-ng: d'Ivak)
Gasol                 [[g@s'0l]]                    # ga-SOL (espeak-ng: g'as0l)
Hernangomez           [[h,3:n@ng'oUmEz]]            # her-nan-GOH-mez (espeak-ng: h3n'aNgoUm,Ez)
Dellavedova           [[d,El@vEd'oUv@]]             # del-uh-veh-DOH-va (espeak-ng: d,EleIvd'oUv@)
Avdija                [[avd'i:j@]]                  # av-DEE-ya (espeak-ng: 'avdIdZ@)
Jovic                 [[j'oUvItS]]                  # YOH-vich (espeak-ng: dZ'0vIk)
Zubac                 [[z'u:bats]]                  # ZOO-bahts (espeak-ng: zj'u:bak)
Nacua                 [[n@k'u:@]]                   # na-KOO-a (espeak-ng: n'akju:@)
Juszczyk              [[j'u:stSIk]]                 # YOOS-chick (espeak-ng: dZ'VszkzIk)
Aiyuk                 [['aIj@k]]                    # EYE-yuk (espeak-ng: 'eIjVk)
Sirianni              [[s,Iri'A:ni]]                # seer-ee-AH-nee (espeak-ng: s'Iri@ni)
Kuechly               [[k'i:kli]]                   # KEEK-lee (espeak-ng: kj'u:tSli)
Zuerlein              [[z'3:laIn]]                  # ZUR-line (espeak-ng: zw'eI@l,aIn)
Njoku                 [[@ndZ'oUku:]]                # en-JOH-koo (espeak-ng: 'EndZ'oUku:)
Ngakoue               [[@Ng'A:kweI]]                # en-GAH-kway (espeak-ng: @-Ng'aku:)
Umenyiora             [[u:mEnj'O@r@]]               # oo-men-YOR-a (espeak-ng: j'u:m@n,I;i@3r@)
Asomugha              [[@s'0mwA:]]                  # a-SOM-wah (espeak-ng: a#s'0mVgh@)
Penix                 [[p'i:nIks]]                  # PEE-nix (espeak-ng: p'EnIks)
Thibodeaux            [[t'Ib@doU]]                  # TIB-uh-doh (espeak-ng: T'IboUd,O:ks)
Tuipulotu             [[t,u:ipu:l'oUtu:]]           # too-ee-poo-LOH-too (espeak-ng: t'u:I2pj,Ul@t,u:)
Darvish               [[dA@v'IS]]                   # dar-VISH (espeak-ng: d'A@vIS)
Ichiro                [['i:tSiroU]]                 # EE-chee-roh (espeak-ng: Ik'i@roU)
Tatis                 [[t@t'i:s]]                   # ta-TEESS (espeak-ng: t'at#iz)
Altuve                [[alt'u:veI]]                 # al-TOO-vay (espeak-ng: 'O:ltu:v)
Lindor                [[lInd'O@]]                   # lin-DOR (espeak-ng: l'Indo@)
Arozarena             [[,ar@z@r'En@]]               # a-ro-za-REN-a (espeak-ng: 'ar@z,arEn@)
Bichette              [[bIS'Et]]                    # bih-SHET (espeak-ng: baItS'Et)
Kiner-Falefa          [[k'aIn3 f@l'Ef@]]            # KY-ner fa-LEF-a (espeak-ng: k'aIn3f'eIlf@)
Tulowitzki            [[t,u:l@w'Itski]]             # too-luh-WIT-skee (espeak-ng: tS@l'oUItski)
Cespedes              [[s'Esp@dEs]]                 # SESS-puh-dess (espeak-ng: s'Espi:dz)
Arraez                [[@r'A:Ez]]                   # a-RAH-ez (espeak-ng: 3r'i:z)
Chourio               [[tS'O@rioU]]                 # CHOR-ee-oh (espeak-ng: tS'aU3r-I2;,oU)
Lovullo               [[l@v'u:loU]]                 # luh-VOO-loh (espeak-ng: lVv'VloU)
Vizquel               [[vIsk'El]]                   # viss-KELL (espeak-ng: v'Izkw@L)
Mlodzinski            [[ml@dZ'Inski]]               # mluh-JIN-skee (espeak-ng: 'Eml@dz'Inski)
Kipyegon              [[kIpj'Eg0n]]                 # kip-YEH-gon (espeak-ng: k'IpI2;,Eg@n)
Jepchirchir           [[dZEptS'i@tSi@]]             # jep-CHEER-cheer (espeak-ng: dZ'EptS3tS,i@3)
Chepngetich           [[tSEpN'EtItS]]               # chep-NGEH-tich (espeak-ng: tS'EpndZI2t,ItS)
Ingebrigtsen          [['IN@brIkts@n]]              # ING-uh-brikt-sen (espeak-ng: IndZ'EbrIgts@n)
Warholm               [[v'A@hoUlm]]                 # VAR-holm (espeak-ng: w'O@hoUm)

# Surnames and given names
Huynh                 [[hw'In]]                     # HWIN (espeak-ng: h'aIn)
Bui                   [[b'u:i]]                     # BOO-ee (espeak-ng: bj'u:i)
Thuy                  [[tw'i:]]                     # TWEE (espeak-ng: T'aI)
Zhao                  [[dZ'aU]]                     # JOW (espeak-ng: Z'aU)
Zhu                   [[dZ'u:]]                     # JOO (espeak-ng: Z'u:)
Xie                   [[Sj'E]]                      # SHYEH (espeak-ng: z'aI)
Cao                   [[ts'aU]]                     # TSOW (espeak-ng: k'aU)
Qian                  [[tSj'En]]                    # CHYEN (espeak-ng: k'aI@n)
Qin                   [[tS'In]]                     # CHIN (espeak-ng: k'In)
Qiu                   [[tSj'oU]]                    # CHYOH (espeak-ng: k'I;u:)
Xiao                  [[Sj'aU]]                     # SHYOW (espeak-ng: z'aI@,oU)
Xiong                 [[Sj'UN]]                     # SHYOONG (espeak-ng: kS'@N)
Xue                   [[Sw'E]]                      # SHWEH (espeak-ng: z'u:)
Zeng                  [[dz'VN]]                     # DZUNG (espeak-ng: z'EN)
Cai                   [[ts'aI]]                     # TSYE (espeak-ng: k'aI)
Cui                   [[tsw'eI]]                    # TSWAY (espeak-ng: kj'u:i)
Zou                   [[dz'oU]]                     # DZOH (espeak-ng: z'u:)
Xia                   [[Sj'A:]]                     # SHYAH (espeak-ng: z'i@)
Zhong                 [[dZ'UN]]                     # JOONG (espeak-ng: Z'0N)
Guo                   [[gw'O:]]                     # GWAW (espeak-ng: gj'u:oU)
Deng                  [[d'VN]]                      # DUNG (espeak-ng: d'EN)
Peng                  [[p'VN]]                      # PUNG (espeak-ng: p'EN)
Wei                   [[w'eI]]                      # WAY (espeak-ng: w'aI)
Jeong                 [[dZ'VN]]                     # JUNG (espeak-ng: dZI2;'0N)
Hwang                 [[hw'A:N]]                    # HWAHNG (espeak-ng: 'eItSw'aNg)
Kwon                  [[kw'0n]]                     # KWON (espeak-ng: kw'Vn)
Ryu                   [[rj'u:]]                     # RYOO (espeak-ng: r'aIu:)
Baek                  [[b'eIk]]                     # BAYK (espeak-ng: b'i:k)
Wojciechowski         [[w,OItS@h'aUski]]            # woy-cheh-HOW-skee (espeak-ng: w,0dZsaItS'aUski)
Kaczmarek             [[k@tSm'A@rEk]]               # kach-MAR-ek (espeak-ng: k'akzme@k)
Brzezinski            [[br@Z'Inski]]                # bruh-ZHIN-skee (espeak-ng: brzEz'Inski)
Zbigniew              [[zb'i:gnjEf]]                # ZBEEG-nyef (espeak-ng: z'i:b'Ignju:)
Przybylski            [[SIb'Ilski]]                 # shih-BIL-skee (espeak-ng: p,i:;'A@zaIb'Ilski)
Grzegorz              [[gZ'Eg0S]]                   # GZHEH-gosh (espeak-ng: dZ,i:;'A@z'Ego@z)
Wojciech              [[v'OItSEx]]                  # VOY-chekh (espeak-ng: w'0dZsaItS)
Jaroslaw              [[j@r'0swA:f]]                # ya-ROSS-wahf (espeak-ng: dZ'ar@sl,O:)
Jarosław              [[j@r'0swA:f]]                # ya-ROSS-wahf (espeak-ng: dZ'ar@sl,O:)
Andrzej               [['andZeI]]                   # AN-jay (espeak-ng: 'and@z,EdZ)
Mateusz               [[m@t'Eu:S]]                  # ma-TEH-oosh (espeak-ng: m'atju:sz)
Radoslaw              [[r@d'0swA:f]]                # ra-DOSS-wahf (espeak-ng: r'eId@sl,O:)
Radosław              [[r@d'0swA:f]]                # ra-DOSS-wahf (espeak-ng: r'eId@sl,O:)
Holownia              [[h0w'0vnj@]]                 # ho-WOV-nya (espeak-ng: h@l'oUni@)
Hołownia              [[h0w'0vnj@]]                 # ho-WOV-nya (espeak-ng: h@l'oUni@)
Ziobro                [[Zj'0broU]]                  # ZHYOB-roh (espeak-ng: zI2;'0broU)
Hnatyshyn             [[n@t'ISIn]]                  # nuh-TISH-in (espeak-ng: 'eItSn'at#I2S,In)
Yaremchuk             [[j@r'EmtS@k]]                # yuh-REM-chuk (espeak-ng: j'e@mtSVk)
Szabo                 [[s'A:boU]]                   # SAH-boh (espeak-ng: S'A:boU)
Gyorgy                [[dZ'3:dZ]]                   # JURJ (espeak-ng: dZ'aI;o@dZi)
György                [[dZ'3:dZ]]                   # JURJ (espeak-ng: dZ'aI3:dZi)
Csaba                 [[tS'A:b@]]                   # CHAH-ba (espeak-ng: s'i:s'A:b@)
Zsolt                 [[Z'oUlt]]                    # ZHOHLT (espeak-ng: z'oUlt)
Hakkinen              [[h'akIn@n]]                  # HACK-ih-nen (espeak-ng: h'akaIn@n)
Häkkinen              [[h'akIn@n]]                  # HACK-ih-nen (espeak-ng: h'EkaIn@n)
Virtanen              [[v'i@t@n@n]]                 # VEER-tuh-nen (espeak-ng: v'3:teIn@n)
Haavisto              [[h'A:vIstoU]]                # HAH-viss-toh (espeak-ng: hA:v'IstoU)
Teemu                 [[t'eImu:]]                   # TAY-moo (espeak-ng: t'i:mu:)
Jukka                 [[j'u:k@]]                    # YOO-ka (espeak-ng: dZ'Vk@)
Roisin                [[r@S'i:n]]                   # ruh-SHEEN (espeak-ng: r'OIsIn)
Róisín                [[r@S'i:n]]                   # ruh-SHEEN (espeak-ng: r'OIsIn)
Oisin                 [[@S'i:n]]                    # uh-SHEEN (espeak-ng: 'OIsIn)
Oisín                 [[@S'i:n]]                    # uh-SHEEN (espeak-ng: 'OIsIn)
Padraig               [[p'O:rIg]]                   # PAW-rig (espeak-ng: p'adreIg)
Pádraig               [[p'O:rIg]]                   # PAW-rig (espeak-ng: p'adreIg)
Cillian               [[k'Ili@n]]                   # KILL-ee-an (espeak-ng: s'Ili@n)
Eoin                  [['oUIn]]                     # OH-in (espeak-ng: 'i:;@,In)
Tadhg                 [[t'aIg]]                     # TYGE (espeak-ng: t'adg)
Clodagh               [[kl'oUd@]]                   # KLOH-da (espeak-ng: kl'oUdA:g)
Grainne               [[gr'O:nj@]]                  # GRAWN-ya (espeak-ng: gr'eIn)
Gráinne               [[gr'O:nj@]]                  # GRAWN-ya (espeak-ng: gr'eIn)
Mairead               [[m@r'eId]]                   # ma-RAID (espeak-ng: m'e@rad)
Máiread               [[m@r'eId]]                   # ma-RAID (espeak-ng: m'e@rad)
Farquharson           [[f'A@k3s@n]]                 # FAR-ker-son (espeak-ng: f'A@kw@h,A@s@n)
Colquhoun             [[k@h'u:n]]                   # kuh-HOON (espeak-ng: k'0lkw@h,aUn)
Dafydd                [[d'avID]]                    # DAV-ith (espeak-ng: d'afId)
Ieuan                 [[j'aI@n]]                    # YAY-an (espeak-ng: 'i:ju:@n)
Cerys                 [[k'ErIs]]                    # KERR-iss (espeak-ng: s'3:riz)
Aneurin               [[@n'aIrIn]]                  # a-NYE-rin (espeak-ng: 'anU@r,In)
Sian                  [[S'A:n]]                     # SHAHN (espeak-ng: s'aI@n)
Siân                  [[S'A:n]]                     # SHAHN (espeak-ng: s'aI@n)
Llewelyn              [[lu:'ElIn]]                  # loo-ELL-in (espeak-ng: l'u:I2l,In)
Abdullah              [[abd'Vl@]]                   # ab-DULL-ah (espeak-ng: 'abdVl@)
Khaled                [[x'A:lEd]]                   # KHAH-led (espeak-ng: k'A:ld)
Thani                 [[t'A:ni]]                    # TAH-nee (Al Thani) (espeak-ng: T'ani)
Nahyan                [[n'A:hj@n]]                  # NAH-hyan (Al Nahyan) (espeak-ng: n'ahI;@n)
Ayatollah             [[,aI@t'oUl@]]                # eye-uh-TOH-la (espeak-ng: 'aIa#t,0l@)
Zabihullah            [[z,A:bihu:l'A:]]             # zah-bee-hoo-LAH (espeak-ng: z'abI2h,Vl@)
Basij                 [[b@s'i:dZ]]                  # ba-SEEJ (espeak-ng: b'eIsIdZ)
Quds                  [[k'Udz]]                     # KOODZ (espeak-ng: kw'@dz)
Majlis                [[m'adZlIs]]                  # MAJ-liss (espeak-ng: m'adZliz)
Chaudhary             [[tS'aUdri]]                  # CHOW-dree (espeak-ng: S'oUh3ri)
Iyengar               [[aIj'EngA@]]                 # eye-YEN-gar (espeak-ng: 'IjENg3)
Subramanian           [[s,Ubr@m'A:ni@n]]            # soob-ruh-MAH-nee-an (espeak-ng: s,Vbra#m'eIni@n)
Srinivasan            [[sr,i:nIv'A:s@n]]            # sree-nih-VAH-san (espeak-ng: sr'InI2v,as@n)
Ramachandran          [[r,A:m@tS'Vndr@n]]           # rah-muh-CHUN-dran (espeak-ng: r'ama#tS,Vndr@n)
Fadnavis              [[f'Vdn@vi:s]]                # FUD-nuh-veess (espeak-ng: f'adna#v,Is)
Upadhyay              [[u:p'A:dj@]]                 # oo-PAHD-yuh (espeak-ng: j'u:pa#dI2;,eI)
Chaturvedi            [[tS,Vt3v'eIdi]]              # chut-ur-VAY-dee (espeak-ng: tS,at#3v'Edi)
Srivastava            [[Sriv'A:st@v@]]              # shree-VAHS-tuh-vuh (espeak-ng: sr,Iva#st'A:v@)
Kulkarni              [[k@lk'A@ni]]                 # kul-KAR-nee (espeak-ng: k'VlkA@ni)
Deshpande             [[d'ESpA:ndeI]]               # DESH-pahn-day (espeak-ng: d'Eshpand)
Tripathi              [[trIp'A:ti]]                 # trih-PAH-tee (espeak-ng: traIp'aTi)
Adeyemi               [[,ad@j'Emi]]                 # ad-uh-YEM-ee (espeak-ng: a#d'eImi)
Adewale               [[,ad@w'A:leI]]               # ad-uh-WAH-lay (espeak-ng: a#dw'eIl)
Akinwande             [[,akInw'A:ndeI]]             # ak-in-WAHN-day (espeak-ng: a#k'Inwand)
Oluwaseun             [[oU,lu:w@S'eIu:n]]           # oh-loo-wa-SHAY-oon (espeak-ng: '0lu:w,eIsVn)
Obafemi               [[,oUb@f'Emi]]                # oh-buh-FEM-ee (espeak-ng: 'oUbeIfmi)
Olusegun              [[oU,lu:S'Egu:n]]             # oh-loo-SHEG-oon (espeak-ng: '0lu:s,EgVn)
Babatunde             [[b,A:b@t'u:ndeI]]            # bah-buh-TOON-day (espeak-ng: b'aba#t,Vnd)
Ayodele               [[,aIoUd'EleI]]               # eye-oh-DEL-ay (espeak-ng: 'aIoUd@L)
Sanwo-Olu             [[s'anwoU 'oUlu:]]            # SAN-woh OH-loo (espeak-ng: s'anwoU'0lu:)
Nwosu                 [[nw'oUsu:]]                  # NWOH-soo (espeak-ng: 'Enw'0su:)
Nnamdi                [[n'A:mdi]]                   # NAHM-dee (espeak-ng: 'Enn'aamdi)
Chukwuemeka           [[tS,u:kwu:'Em@k@]]           # chook-woo-EM-uh-ka (espeak-ng: tS'Vkwju:m,Ek@)
Okafor                [[oUk'A:fO@]]                 # oh-KAH-for (espeak-ng: '0kaf3)
Okeke                 [[oUk'EkeI]]                  # oh-KEK-ay (espeak-ng: 'oUkk)
Adichie               [[@d'i:tSieI]]                # a-DEE-chee-ay (espeak-ng: 'adItSi)
Nwachukwu             [[nwA:tS'u:kwu:]]             # nwah-CHOOK-woo (espeak-ng: 'Enw'atS@kw,u:)
Ojukwu                [[oUdZ'u:kwu:]]               # oh-JOOK-woo (espeak-ng: '0dZ@kw,u:)
Azikiwe               [[,A:zik'i:weI]]              # ah-zee-KEE-way (espeak-ng: 'azI2k,Iw)
Soludo                [[soUl'u:doU]]                # soh-LOO-doh (espeak-ng: s@lj'u:doU)
El-Rufai              [[,Elru:f'aI]]                # el-roo-FYE (espeak-ng: ,Elr'u:faI)
Gbajabiamila          [[gb,A:dZ@bj@m'i:l@]]         # gbah-ja-bya-MEE-la (espeak-ng: dZ'i:badZ'eIbI2;a#m'Il@)
Akpabio               [[akp'A:bioU]]                # ak-PAH-bee-oh (espeak-ng: akp'abI2;,oU)
Mbalula               [[mb@l'u:l@]]                 # m'ba-LOO-la (espeak-ng: 'Emb'aljUl@)
Ntshavheni            [[ntS@v'Eni]]                 # n'cha-VEH-nee (espeak-ng: ,Ent'i:S'avhEni)
Motshekga             [[moUtS'Ek@]]                 # moh-CHEK-a (espeak-ng: m'0tSEkg@)
Nkosazana             [[Nk,0s@z'A:n@]]              # n'koss-a-ZAH-na (espeak-ng: 'ENk,0sa#z'A:n@)
Ndlovu                [[@ndl'oUvu:]]                # n'DLOH-voo (espeak-ng: ,End'i:l'Vvu:)
Mkhize                [[@mk'i:zE]]                  # m'KEE-zeh (espeak-ng: 'Emk'aIz)
Mthembu               [[@mt'Embu:]]                 # m'TEM-boo (espeak-ng: 'EmDEmb'u:)
Khumalo               [[ku:m'A:loU]]                # koo-MAH-loh (espeak-ng: kj'u:m@l,oU)
Sithole               [[sIt'oUleI]]                 # sih-TOH-lay (espeak-ng: s'IthoUl)
Mchunu                [[@mtS'u:nu:]]                # m'CHOO-noo (espeak-ng: m@kh'u:nu:)
Maimane               [[maIm'A:neI]]                # my-MAH-nay (espeak-ng: m'eImeIn)
Holomisa              [[h,0l@m'i:s@]]               # hol-uh-MEE-sa (espeak-ng: h'0l@m,Is@)
Mkhwebane             [[@mkwEb'A:neI]]              # m'kweh-BAH-nay (espeak-ng: ,Emk,eI'eItSw'EbeIn)
Nkurunziza            [[Nk,u:ru:nz'i:z@]]           # n'koo-roon-ZEE-za (espeak-ng: 'ENkj'U@r@nz,Iz@)
Kabila                [[k@b'i:l@]]                  # ka-BEE-la (espeak-ng: kab'Il@)
Chiwenga              [[tSIw'ENg@]]                 # chih-WENG-ga (espeak-ng: tS'IwENg@)
Kikwete               [[kIkw'EteI]]                 # kik-WEH-tay (espeak-ng: k'Ikwi:t)
Mudavadi              [[m,u:d@v'A:di]]              # moo-da-VAH-dee (espeak-ng: mj,u:da#v'adi)
Musyoka               [[m,u:si'oUk@]]               # moo-see-OH-ka (espeak-ng: m,VsI2;'oUk@)
Wetangula             [[wEt'aNgul@]]                # weh-TANG-goo-la (espeak-ng: wEt'aNgjUl@)
Ngugi                 [[@Ng'u:gi]]                  # en-GOO-gee (espeak-ng: @-Ngj'u:gi)
Maathai               [[mA:t'aI]]                   # mah-TYE (espeak-ng: m'A:t#aI)
